package com.atlassian.query.clause;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.query.clause.TerminalClause); the plugin only receives it
// in JqlFunction.validate / getValues and calls nothing on it.
public interface TerminalClause {
}
