package com.atlassian.core.user.preferences;

// Stand-in for com.atlassian.core:atlassian-core (com.atlassian.core.user.preferences.Preferences); only the members
// the plugin calls.
public interface Preferences {

    /** The preference's value; null when not set. */
    String getString(String key);
}
