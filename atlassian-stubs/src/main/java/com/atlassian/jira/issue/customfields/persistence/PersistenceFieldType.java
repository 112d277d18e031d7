package com.atlassian.jira.issue.customfields.persistence;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType); only the
// constant the plugin uses. A value type, so code under test can compare it like the real constant.
public class PersistenceFieldType {

    /** A text column without Jira's 255 character limit (CLOB / TEXT). */
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType("textvalue");

    private final String databaseType;

    private PersistenceFieldType(String databaseType) {
        this.databaseType = databaseType;
    }

    @Override
    public String toString() {
        return databaseType;
    }
}
