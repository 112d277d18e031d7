package com.atlassian.jira.issue.customfields.impl;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.impl.FieldValidationException); only the members the plugin calls.
public class FieldValidationException extends RuntimeException {

    public FieldValidationException(String message) {
        throw new UnsupportedOperationException();
    }
}
