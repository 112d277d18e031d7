package com.atlassian.jira.issue.context;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.context.JiraContextNode); the plugin only passes it on.
public interface JiraContextNode {
}
