package dev.postmortem.jira.storage;

/**
 * The kinds of process event: the value of {@link ProcessEventEntity#COLUMN_EVENT_TYPE}. Never rename.
 *
 * <p>Who writes them: {@link #OVERRIDE} (keyed by the action) the soak override, soak.SoakOverrides. The other three
 * (keyed by the postmortem) the commit-recording workflow post-function, soak.CommitRecordingFunction, once an
 * admin has put it on the transition that commits an action: ACTIONS_COMMITTED on every commit, DEBRIEF_HELD and
 * SOAK_ENDED once each, with the time they happened, when the postmortem's first action is committed. So a
 * postmortem none of whose actions has been committed has no events yet (there is no issue-event listener or
 * scheduled job); its debrief and soak end are still shown live by the summary.
 */
public enum ProcessEventType {
    DEBRIEF_HELD,
    SOAK_ENDED,
    ACTIONS_COMMITTED,
    OVERRIDE
}
