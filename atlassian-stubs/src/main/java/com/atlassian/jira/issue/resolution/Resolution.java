package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.resolution.Resolution); only the members the plugin calls.
public interface Resolution extends IssueConstant {
}
