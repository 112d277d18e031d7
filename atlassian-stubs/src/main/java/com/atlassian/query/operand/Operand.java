package com.atlassian.query.operand;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.query.operand.Operand); the plugin calls nothing on it.
public interface Operand {
}
