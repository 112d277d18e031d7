package com.atlassian.jira.util;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.util.ErrorCollection); only the members the plugin calls.
public interface ErrorCollection {

    /** An error shown next to the field with this id. */
    void addError(String field, String message);

    /** An error shown for the form as a whole. */
    void addErrorMessage(String message);

    /** Errors for the form as a whole. */
    java.util.Collection<String> getErrorMessages();

    /** Errors by field id. */
    java.util.Map<String, String> getErrors();
}
