package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.event.issue.IssueEvent, a final class extending
// com.atlassian.jira.event.AbstractEvent); only the members the plugin calls.
public final class IssueEvent {

    private IssueEvent() {
        throw new UnsupportedOperationException();
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException();
    }

    /** The user who caused the event; null for an anonymous or system change. */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException();
    }

    /** One of the {@link com.atlassian.jira.event.type.EventType} ids, or a custom event type's id. */
    public Long getEventTypeId() {
        throw new UnsupportedOperationException();
    }
}
