package com.atlassian.jira.workflow;

import com.opensymphony.workflow.loader.ActionDescriptor;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.workflow.JiraWorkflow); only the members the plugin
// calls.
public interface JiraWorkflow {

    String getName();

    /** Every transition of the workflow: global, common and those of its steps. */
    Collection<ActionDescriptor> getAllActions();
}
