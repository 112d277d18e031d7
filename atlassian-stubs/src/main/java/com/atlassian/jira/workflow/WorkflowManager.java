package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.workflow.WorkflowManager); only the members the plugin calls.
public interface WorkflowManager {

    JiraWorkflow getWorkflow(Issue issue);
}
