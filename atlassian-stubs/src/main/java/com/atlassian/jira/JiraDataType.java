package com.atlassian.jira;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.JiraDataType); the plugin only hands out a constant.
public interface JiraDataType {
}
