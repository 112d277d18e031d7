package com.atlassian.jira.issue.customfields;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.CustomFieldSearcher); the plugin only passes it on.
public interface CustomFieldSearcher {
}
