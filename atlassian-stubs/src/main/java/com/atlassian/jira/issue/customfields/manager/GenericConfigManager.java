package com.atlassian.jira.issue.customfields.manager;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.manager.GenericConfigManager); only the members the plugin calls.
public interface GenericConfigManager {
}
