package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.JiraAuthenticationContext); only the members the plugin calls.
public interface JiraAuthenticationContext {

    /** Null for an anonymous user. */
    ApplicationUser getLoggedInUser();

    I18nHelper getI18nHelper();
}
