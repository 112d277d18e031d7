package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.config.IssueTypeManager); only the members the plugin calls.
public interface IssueTypeManager {

    /** Creates a regular issue type and adds it to the default issue type scheme. */
    IssueType createIssueType(String name, String description, Long avatarId);

    /** Regular and sub-task issue types. */
    Collection<IssueType> getIssueTypes();

    /** The issue type with this id, or null. */
    IssueType getIssueType(String id);
}
