package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.changehistory.ChangeHistoryManager); only the members the plugin calls.
public interface ChangeHistoryManager {

    /** Every change group of the issue, oldest first, without permission checks. */
    List<ChangeHistory> getChangeHistories(Issue issue);
}
