package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.application.jira.JiraApplicationType); a marker type.
public interface JiraApplicationType extends ApplicationType {
}
