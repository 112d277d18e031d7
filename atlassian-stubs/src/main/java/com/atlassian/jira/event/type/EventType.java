package com.atlassian.jira.event.type;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.event.type.EventType); only the members the plugin uses.
// The ids are static final Long fields, not compile-time constants: the host's values are read at run time.
public class EventType {

    public static final Long ISSUE_DELETED_ID = 8L;

    private EventType() {
        throw new UnsupportedOperationException();
    }
}
