package com.atlassian.applinks.api;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationId); only the members the plugin calls.
public class ApplicationId {

    /** The real class has no no-argument constructor; this one is here only to hide the implicit one. */
    public ApplicationId(String id) {
        throw new UnsupportedOperationException();
    }

    public String get() {
        throw new UnsupportedOperationException();
    }
}
