package com.atlassian.jira.plugin.jql.function;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor); the
// plugin only receives it in JqlFunction.init and calls nothing on it.
public interface JqlFunctionModuleDescriptor {
}
