package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.workflow.WorkflowManager); only the members the plugin
// calls. The real getActiveWorkflows declares "throws WorkflowException" (com.atlassian.jira.workflow, a
// RuntimeException wrapper): unchecked, so left out here.
public interface WorkflowManager {

    /** The workflows assigned to a workflow scheme that a project uses. */
    Collection<JiraWorkflow> getActiveWorkflows();

    /** The workflow the issue moves through. */
    JiraWorkflow getWorkflow(Issue issue);
}
