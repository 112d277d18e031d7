package com.atlassian.applinks.api;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationLink); the members the plugin calls are ReadOnlyApplicationLink's.
public interface ApplicationLink extends ReadOnlyApplicationLink {
}
