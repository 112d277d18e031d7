package com.atlassian.jira.issue;

import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.Collection;
import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.CustomFieldManager); only the members the plugin calls.
public interface CustomFieldManager {

    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
            CustomFieldSearcher customFieldSearcher, List<JiraContextNode> contexts, List<IssueType> issueTypes)
            throws GenericEntityException;

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    /** Null when no such type is enabled. Key: "<plugin key>:<module key>". */
    CustomFieldType<?, ?> getCustomFieldType(String key);

    /** Null when no such searcher is enabled. Key: "<plugin key>:<module key>". */
    CustomFieldSearcher getCustomFieldSearcher(String key);

    /** Null when no field has this id ("customfield_NNNNN"), e.g. after it was deleted. */
    CustomField getCustomFieldObject(String id);
}
