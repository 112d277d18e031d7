package com.atlassian.jira.web;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.web.FieldVisibilityManager). No members: imported only so that
// the plugin container can build Jira's TextSearcher for the narrative field.
public interface FieldVisibilityManager {
}
