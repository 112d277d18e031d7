package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.IssueInputParameters); only the members the plugin calls.
public interface IssueInputParameters {

    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setReporterId(String reporterId);

    /** fullCustomFieldId: "customfield_10010". */
    IssueInputParameters addCustomFieldValue(String fullCustomFieldId, String... values);

    /** Whether fields not on the create screen are still taken. */
    void setSkipScreenCheck(boolean skipScreenCheck);
}
