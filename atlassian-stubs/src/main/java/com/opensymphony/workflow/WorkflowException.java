package com.opensymphony.workflow;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.WorkflowException); only the members the plugin calls.
public class WorkflowException extends Exception {

    public WorkflowException() {
    }

    public WorkflowException(String s) {
        super(s);
    }

    public WorkflowException(String s, Throwable rootCause) {
        super(s, rootCause);
    }
}
