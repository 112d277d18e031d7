package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.MutableIssue); only the members the plugin calls.
public interface MutableIssue extends Issue {

    /** Sets the value in memory; {@link IssueManager#updateIssue} stores it. */
    void setCustomFieldValue(CustomField customField, Object value);
}
