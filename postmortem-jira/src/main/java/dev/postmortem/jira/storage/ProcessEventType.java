package dev.postmortem.jira.storage;

/**
 * The kinds of process event: the value of {@link ProcessEventEntity#COLUMN_EVENT_TYPE}. Never rename.
 *
 * <p>Who writes them: {@link #OVERRIDE} the soak override (soak.SoakOverrides); {@link #ACTIONS_COMMITTED} the
 * commit-recording workflow post-function (soak.CommitRecordingFunction), once an admin has put it on the
 * transition that commits an action. {@link #DEBRIEF_HELD} and {@link #SOAK_ENDED} are NOT recorded yet: both are
 * derivable from the "Debrief held at" field and the project's soak policy (the summary computes them live), and
 * writing them needs an issue-event listener or a scheduled job that this version does not have.
 */
public enum ProcessEventType {
    DEBRIEF_HELD,
    SOAK_ENDED,
    ACTIONS_COMMITTED,
    OVERRIDE
}
