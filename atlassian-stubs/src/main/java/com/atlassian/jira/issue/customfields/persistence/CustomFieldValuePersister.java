package com.atlassian.jira.issue.customfields.persistence;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister); only the members the plugin calls.
public interface CustomFieldValuePersister {
}
