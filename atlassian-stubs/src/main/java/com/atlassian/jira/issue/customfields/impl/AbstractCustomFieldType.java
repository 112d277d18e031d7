package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType); only the members the plugin calls.
public abstract class AbstractCustomFieldType<T, S> implements CustomFieldType<T, S> {

    /** Final in Jira: the complete module key comes from the customfield-type module descriptor. */
    @Override
    public final String getKey() {
        throw new UnsupportedOperationException();
    }

    /** Parameters for the type's view/edit/xml templates; subclasses add their own to the map it returns. */
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        throw new UnsupportedOperationException();
    }
}
