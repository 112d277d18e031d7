package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.MutableIssue); only the members the plugin calls.
public interface MutableIssue extends Issue {
}
