package com.atlassian.jira.issue.customfields;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.CustomFieldType<T, S>); only the members the plugin calls.
public interface CustomFieldType<T, S> {

    /** The complete module key, "<plugin key>:<module key>". */
    String getKey();
}
