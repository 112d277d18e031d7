package com.atlassian.sal.api.lifecycle;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.lifecycle.LifecycleAware).
public interface LifecycleAware {

    void onStart();

    void onStop();
}
