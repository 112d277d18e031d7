package dev.postmortem.jira.storage;

/** The kinds of process event: the value of {@link ProcessEventEntity#COLUMN_EVENT_TYPE}. Never rename. */
public enum ProcessEventType {
    DEBRIEF_HELD,
    SOAK_ENDED,
    ACTIONS_COMMITTED,
    OVERRIDE
}
