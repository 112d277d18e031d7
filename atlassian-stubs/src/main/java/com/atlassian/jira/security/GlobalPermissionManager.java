package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.GlobalPermissionManager); only the members
// the plugin calls.
public interface GlobalPermissionManager {

    /** user null = anonymous. */
    boolean hasPermission(GlobalPermissionKey globalPermissionKey, ApplicationUser user);
}
