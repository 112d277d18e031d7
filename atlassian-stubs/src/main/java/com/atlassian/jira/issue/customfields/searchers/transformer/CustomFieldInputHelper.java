package com.atlassian.jira.issue.customfields.searchers.transformer;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper).
// No members: imported only so that the plugin container can build Jira's TextSearcher for the narrative field.
public interface CustomFieldInputHelper {
}
