package com.atlassian.jira.issue.status.category;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.status.category.StatusCategory); only the members the plugin calls.
public interface StatusCategory {

    /** "new" (to do), "indeterminate" (in progress), "done", or "undefined". */
    String getKey();
}
