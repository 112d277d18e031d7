package com.atlassian.jira.project;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.project.ProjectManager); only the members the plugin calls.
public interface ProjectManager {

    /** Null when no project has this key. */
    Project getProjectObjByKey(String projectKey);
}
