package com.atlassian.jira.user.preferences;

import com.atlassian.core.user.preferences.Preferences;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.user.preferences.ExtendedPreferences); the plugin calls
// only getString, inherited from Preferences.
public interface ExtendedPreferences extends Preferences {
}
