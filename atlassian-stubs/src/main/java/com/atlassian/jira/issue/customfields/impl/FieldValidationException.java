package com.atlassian.jira.issue.customfields.impl;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.impl.FieldValidationException); only the members the plugin calls.
public class FieldValidationException extends RuntimeException {

    // An exception carries its message like the real one, so code under test can throw it.
    public FieldValidationException(String message) {
        super(message);
    }
}
