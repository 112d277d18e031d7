package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.PermissionManager); only the members the plugin calls.
public interface PermissionManager {

    /** The projects in which the user has the permission; user null = anonymous. */
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);

    /** user null = anonymous. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** user null = anonymous. */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
