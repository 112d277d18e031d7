package com.atlassian.jira.jql.operand;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.jql.operand.JqlOperandResolver). No members: imported only so
// that the plugin container can build Jira's TextSearcher for the narrative field.
public interface JqlOperandResolver {
}
