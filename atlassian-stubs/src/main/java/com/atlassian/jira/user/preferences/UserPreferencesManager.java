package com.atlassian.jira.user.preferences;

import com.atlassian.jira.user.ApplicationUser;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.user.preferences.UserPreferencesManager); only the
// members the plugin calls.
public interface UserPreferencesManager {

    ExtendedPreferences getExtendedPreferences(ApplicationUser user);
}
