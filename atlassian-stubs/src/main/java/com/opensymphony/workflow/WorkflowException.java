package com.opensymphony.workflow;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.WorkflowException); only the members the plugin calls.
public class WorkflowException extends Exception {

    // The constructor InvalidInputException's constructor calls.
    public WorkflowException() {
    }
}
