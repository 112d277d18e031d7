package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.Issue); only the members the plugin calls.
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Long getProjectId();

    /** For a date-time field: a java.sql.Timestamp, or null when the field is empty. */
    Object getCustomFieldValue(CustomField customField);

    IssueType getIssueType();

    Project getProjectObject();

    Status getStatus();

    /** Null while the issue is unresolved. */
    Resolution getResolution();

    /** The assignee's user key; null when unassigned. */
    String getAssigneeId();

    String getReporterId();
}
