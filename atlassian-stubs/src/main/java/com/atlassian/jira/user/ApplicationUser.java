package com.atlassian.jira.user;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.user.ApplicationUser); only the members the plugin calls.
public interface ApplicationUser {

    String getKey();

    String getDisplayName();

    /** Null or blank when the user has no address. */
    String getEmailAddress();

    boolean isActive();
}
