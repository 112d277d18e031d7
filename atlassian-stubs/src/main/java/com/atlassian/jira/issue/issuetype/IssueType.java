package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.issue.IssueConstant;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.issuetype.IssueType); only the members the plugin calls.
public interface IssueType extends IssueConstant {

    boolean isSubTask();

    /** Nullable in the real API (@Nullable Avatar getAvatar()). */
    Avatar getAvatar();
}
