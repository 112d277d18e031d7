package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.workflow.JiraWorkflow); only the members the plugin
// calls. The real interface extends Comparable<JiraWorkflow> (not used, not stubbed).
public interface JiraWorkflow {

    String getName();

    /** Every transition of the workflow: global, common and those of its steps. */
    Collection<ActionDescriptor> getAllActions();

    WorkflowDescriptor getDescriptor();

    StepDescriptor getLinkedStep(Status status);

    Status getLinkedStatusObject(StepDescriptor stepDescriptor);
}
