package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.status.Status;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.workflow.JiraWorkflow); only the members the plugin calls.
// The real interface extends Comparable<JiraWorkflow> (not used, not stubbed).
public interface JiraWorkflow {

    WorkflowDescriptor getDescriptor();

    StepDescriptor getLinkedStep(Status status);

    Status getLinkedStatusObject(StepDescriptor stepDescriptor);
}
