package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.IssueManager); only the members the plugin calls.
public interface IssueManager {

    /** Null when no issue has this key. */
    MutableIssue getIssueObject(String key);

    /** Null when no issue has this id. */
    MutableIssue getIssueObject(Long id);

    /** Stores the issue's changed fields as the user: change history, issue event, re-index. */
    Issue updateIssue(com.atlassian.jira.user.ApplicationUser user, MutableIssue issue,
            UpdateIssueRequest updateIssueRequest);
}
