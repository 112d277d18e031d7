package com.atlassian.jira.issue.fields.layout.field;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem); only the members the plugin calls.
public interface FieldLayoutItem {
}
