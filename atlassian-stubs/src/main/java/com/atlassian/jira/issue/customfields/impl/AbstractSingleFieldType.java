package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType); only the members the plugin calls.
public abstract class AbstractSingleFieldType<T> extends AbstractCustomFieldType<T, T> {

    // Empty (not throwing) so that a plugin subclass can be constructed in its unit tests.
    protected AbstractSingleFieldType(CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager) {
    }

    /** The column type the values are stored in. */
    protected abstract PersistenceFieldType getDatabaseType();

    protected abstract Object getDbValueFromObject(T customFieldObject);

    protected abstract T getObjectFromDbValue(Object databaseValue) throws FieldValidationException;

    public T getValueFromIssue(CustomField field, Issue issue) {
        throw new UnsupportedOperationException();
    }

    /** The text Jira records in the issue's change history for a value. */
    public String getChangelogValue(CustomField field, T value) {
        throw new UnsupportedOperationException();
    }

    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
            FieldConfig config) {
        throw new UnsupportedOperationException();
    }
}
