package com.atlassian.jira.issue.context;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.context.GlobalIssueContext); only the members the plugin calls.
public class GlobalIssueContext implements JiraContextNode {

    protected GlobalIssueContext() {
        throw new UnsupportedOperationException();
    }

    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException();
    }
}
