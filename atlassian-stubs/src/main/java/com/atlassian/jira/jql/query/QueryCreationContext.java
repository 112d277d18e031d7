package com.atlassian.jira.jql.query;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.jql.query.QueryCreationContext); the plugin only
// receives it in JqlFunction.getValues and calls nothing on it.
public interface QueryCreationContext {
}
