package com.atlassian.jira.workflow;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.workflow.WorkflowManager); only the members the plugin
// calls. The real method declares "throws WorkflowException" (com.atlassian.jira.workflow, a RuntimeException
// wrapper): unchecked, so left out here.
public interface WorkflowManager {

    /** The workflows assigned to a workflow scheme that a project uses. */
    Collection<JiraWorkflow> getActiveWorkflows();
}
