package com.atlassian.jira.permission;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.permission.GlobalPermissionKey); only the constants
// the plugin uses.
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
