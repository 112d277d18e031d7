package com.atlassian.jira.issue.transport;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.transport.FieldTransportParams); only the members the plugin calls.
public interface FieldTransportParams {

    /** The first value submitted without a sub-key: for a single-value field, its value. */
    Object getFirstValueForNullKey();
}
