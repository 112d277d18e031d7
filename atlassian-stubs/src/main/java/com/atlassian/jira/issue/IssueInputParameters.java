package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.IssueInputParameters); only the members the plugin calls.
public interface IssueInputParameters {

    IssueInputParameters setResolutionId(String resolutionId);

    IssueInputParameters setComment(String comment);

    void setSkipScreenCheck(boolean skipScreenCheck);
}
