package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.user.util.UserManager); only the members the plugin calls.
public interface UserManager {

    /** Null when no user has this key (e.g. the user was deleted). */
    ApplicationUser getUserByKey(String userKey);
}
