package com.atlassian.jira.security.plugin;

import java.util.Objects;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.plugin.ProjectPermissionKey). A value type, so it works like the real
// one (the constants in ProjectPermissions are built from it when that class initialises).
public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String permissionKey) {
        this.key = Objects.requireNonNull(permissionKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
