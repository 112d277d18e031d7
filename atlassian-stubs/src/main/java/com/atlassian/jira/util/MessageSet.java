package com.atlassian.jira.util;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.util.MessageSet); only the members the plugin calls.
public interface MessageSet {

    /** Adds an error message, already translated for the user. */
    void addErrorMessage(String errorMessage);
}
