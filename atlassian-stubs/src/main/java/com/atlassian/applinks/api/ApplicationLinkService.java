package com.atlassian.applinks.api;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationLinkService); only the members the plugin calls.
public interface ApplicationLinkService {

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
