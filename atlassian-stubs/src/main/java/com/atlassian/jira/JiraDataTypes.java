package com.atlassian.jira;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.JiraDataTypes); only the constant the plugin uses. A
// distinct object, so code under test can be compared with it like the real constant.
public final class JiraDataTypes {

    /** Issues; a JQL function of this type returns issue ids (or keys). */
    public static final JiraDataType ISSUE = new JiraDataType() {
        @Override
        public String toString() {
            return "ISSUE";
        }
    };

    private JiraDataTypes() {
    }
}
