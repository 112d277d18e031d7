package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.project.Project); only the members the plugin calls.
public interface Project {

    Long getId();

    String getKey();

    String getName();

    Collection<IssueType> getIssueTypes();
}
