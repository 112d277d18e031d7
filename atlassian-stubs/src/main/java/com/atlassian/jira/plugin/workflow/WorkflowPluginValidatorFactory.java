package com.atlassian.jira.plugin.workflow;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory, a marker interface).
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
