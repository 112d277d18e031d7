package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.fields.CustomField); only the members the plugin calls.
public interface CustomField {

    /** "customfield_NNNNN". */
    String getId();

    String getName();

    CustomFieldType getCustomFieldType();

    /** The field's search template, or null when it has none. */
    CustomFieldSearcher getCustomFieldSearcher();

    /** The issue types of the field's contexts; a null element stands for "all issue types". */
    List<IssueType> getAssociatedIssueTypes();
}
