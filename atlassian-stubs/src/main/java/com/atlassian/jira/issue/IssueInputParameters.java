package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.IssueInputParameters); only the members the plugin calls.
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    /** fullCustomFieldId: "customfield_10010". */
    IssueInputParameters addCustomFieldValue(String fullCustomFieldId, String... values);

    IssueInputParameters setResolutionId(String resolutionId);

    IssueInputParameters setComment(String comment);

    /** Whether fields not on the screen are still taken. */
    void setSkipScreenCheck(boolean skipScreenCheck);
}
