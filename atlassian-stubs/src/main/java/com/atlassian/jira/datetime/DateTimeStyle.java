package com.atlassian.jira.datetime;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.datetime.DateTimeStyle); only the constants the plugin uses.
public enum DateTimeStyle {
    COMPLETE
}
