package com.atlassian.jira.issue.context;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.context.GlobalIssueContext, a singleton); only the members
// the plugin calls. The real class extends AbstractJiraContext (which implements JiraContextNode); the plugin never names it.
public class GlobalIssueContext implements JiraContextNode {

    private GlobalIssueContext() {
        throw new UnsupportedOperationException();
    }

    public static JiraContextNode getInstance() {
        throw new UnsupportedOperationException();
    }
}
