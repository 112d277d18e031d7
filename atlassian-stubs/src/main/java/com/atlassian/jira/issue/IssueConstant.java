package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.IssueConstant); only the members the plugin calls.
public interface IssueConstant {

    String getId();

    String getName();
}
