package com.opensymphony.workflow;

import java.util.ArrayList;
import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.InvalidInputException); only the members
// the plugin calls. Unlike other stubs it keeps state: our validator constructs it, and Jira reads getGenericErrors() to show the message.
public class InvalidInputException extends WorkflowException {

    private final List<String> genericErrors = new ArrayList<>();

    /** A generic (not field-specific) error; Jira shows it on the transition screen or in the REST error body. */
    public InvalidInputException(String error) {
        genericErrors.add(error);
    }

    @SuppressWarnings("rawtypes")
    public List getGenericErrors() {
        return genericErrors;
    }
}
