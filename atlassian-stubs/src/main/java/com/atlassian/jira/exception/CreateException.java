package com.atlassian.jira.exception;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.exception.CreateException); only the members the plugin calls.
public class CreateException extends Exception {

    public CreateException(String message) {
        super(message);
    }
}
