package com.atlassian.jira.issue.customfields;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.CustomFieldType<T, S>); only the members the plugin calls.
public interface CustomFieldType<T, S> {

    /** The complete module key, "<plugin key>:<module key>". */
    String getKey();

    // Declared generically as in Jira so a plugin type gets the erased bridge methods Jira calls.
    String getStringFromSingularObject(S singularObject);

    S getSingularObjectFromString(String string) throws FieldValidationException;
}
