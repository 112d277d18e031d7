package com.atlassian.applinks.api;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ReadOnlyApplicationLink); only the members the plugin calls.
public interface ReadOnlyApplicationLink {

    ApplicationId getId();

    String getName();

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
