package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.status.Status); only the members the plugin calls.
public interface Status extends IssueConstant {

    StatusCategory getStatusCategory();
}
