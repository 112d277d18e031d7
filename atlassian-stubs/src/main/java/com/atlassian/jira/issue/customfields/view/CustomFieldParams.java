package com.atlassian.jira.issue.customfields.view;

import com.atlassian.jira.issue.transport.FieldTransportParams;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.view.CustomFieldParams); only the members the plugin calls.
public interface CustomFieldParams extends FieldTransportParams {
}
