package com.atlassian.applinks.api;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationId); only the members the plugin calls.
public class ApplicationId {

    public String get() {
        throw new UnsupportedOperationException();
    }
}
