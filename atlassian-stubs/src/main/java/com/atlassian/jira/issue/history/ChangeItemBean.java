package com.atlassian.jira.issue.history;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.history.ChangeItemBean, a class); only the members the plugin calls.
public class ChangeItemBean {

    /** The field's name, e.g. "status", "assignee", "priority" for system fields. */
    public String getField() {
        throw new UnsupportedOperationException("stub");
    }

    public String getFromString() {
        throw new UnsupportedOperationException("stub");
    }

    public String getToString() {
        throw new UnsupportedOperationException("stub");
    }
}
