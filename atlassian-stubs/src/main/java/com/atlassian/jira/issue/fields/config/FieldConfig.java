package com.atlassian.jira.issue.fields.config;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.fields.config.FieldConfig); only the members the plugin calls.
public interface FieldConfig {

    /** The id of the field this configuration belongs to, e.g. "customfield_10000". */
    String getFieldId();
}
