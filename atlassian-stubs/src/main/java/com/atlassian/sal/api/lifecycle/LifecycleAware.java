package com.atlassian.sal.api.lifecycle;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.lifecycle.LifecycleAware).
public interface LifecycleAware {

    void onStart();

    /** A default (no-op) method in the SAL of Platform 8: implementations need not override it. */
    default void onStop() {
    }
}
