package com.atlassian.jira.plugin.workflow;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory, a marker interface).
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
