package com.atlassian.applinks.api;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationType); the plugin uses the type only, no members.
public interface ApplicationType {
}
