package com.atlassian.jira.plugin.workflow;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory, a marker interface).
public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {
}
