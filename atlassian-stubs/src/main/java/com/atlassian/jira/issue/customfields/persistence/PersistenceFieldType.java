package com.atlassian.jira.issue.customfields.persistence;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType, a final class
// of singleton constants); only the constant the plugin uses. A real constant, so code under test can compare it by identity.
public final class PersistenceFieldType {

    /** A text column without Jira's 255 character limit (CLOB / TEXT). */
    public static final PersistenceFieldType TYPE_UNLIMITED_TEXT = new PersistenceFieldType();

    private PersistenceFieldType() {
    }
}
