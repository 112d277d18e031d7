package com.atlassian.sal.api;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.ApplicationProperties); only the members the plugin calls.
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
