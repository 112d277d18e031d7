package dev.postmortem.jira.storage;

import dev.postmortem.core.process.ProcessStep;

import java.util.Optional;

/**
 * The kinds of process event: the value of {@link ProcessEventEntity#COLUMN_EVENT_TYPE}. Never rename.
 *
 * <p>Who writes them, and when (see docs/operations.md, "Process events"):
 * <ul>
 *   <li>{@link #DEBRIEF_HELD} and {@link #DEBRIEF_CLEARED} (keyed by the postmortem): the issue-event listener,
 *       process.DebriefListener, when a Postmortem's "Debrief held at" field is set, changed or cleared; the
 *       commit post-function writes a DEBRIEF_HELD as a fallback when the listener missed one. The latest
 *       recorded of the two is the postmortem's current debrief (the core's {@code CurrentDebrief}).</li>
 *   <li>{@link #SOAK_ENDED} (keyed by the postmortem): the cluster-wide job, process.SoakEndJob, once the soak of
 *       the current debrief has ended, at the soak end time; once per debrief (the commit post-function too, as a
 *       fallback, through the same once-per-debrief rule).</li>
 *   <li>{@link #ACTIONS_COMMITTED} (keyed by the postmortem, naming the action in
 *       {@link ProcessEventEntity#COLUMN_ACTION_ID}): the commit post-function, soak.CommitRecordingFunction, on
 *       every commit of an action.</li>
 *   <li>{@link #OVERRIDE} (keyed by the action): the soak override, soak.SoakOverrides.</li>
 *   <li>{@link #ACTION_DROPPED} (keyed by the postmortem, naming the action, the reason in
 *       {@link ProcessEventEntity#COLUMN_DETAIL}): the decision after the soak, when a proposed action is dropped.</li>
 *   <li>{@link #DECISION_REMINDED} (keyed by the postmortem, {@code at} = the reminder's due time): the cluster-wide
 *       job, once per soak end, when it sends the reminder about actions still undecided.</li>
 * </ul>
 */
public enum ProcessEventType {
    DEBRIEF_HELD,
    SOAK_ENDED,
    ACTIONS_COMMITTED,
    OVERRIDE,
    /** The "Debrief held at" time was removed after a debrief was recorded; {@code at} is when it was removed. */
    DEBRIEF_CLEARED,
    /** A proposed action was dropped after the soak, with a reason (issue 13). */
    ACTION_DROPPED,
    /** Undecided actions of a postmortem were reminded about, once per soak end (issue 13). */
    DECISION_REMINDED;

    /** The core's kind of process step this event is; empty for one that is not a step of the postmortem. */
    public Optional<ProcessStep.Kind> stepKind() {
        return switch (this) {
            case DEBRIEF_HELD -> Optional.of(ProcessStep.Kind.DEBRIEF_HELD);
            case DEBRIEF_CLEARED -> Optional.of(ProcessStep.Kind.DEBRIEF_CLEARED);
            case SOAK_ENDED -> Optional.of(ProcessStep.Kind.SOAK_ENDED);
            case ACTIONS_COMMITTED -> Optional.of(ProcessStep.Kind.ACTION_COMMITTED);
            // OVERRIDE is keyed by the action, not the postmortem.
            case OVERRIDE -> Optional.empty();
            // Decisions are read by the decision metrics, not by the debrief rules.
            case ACTION_DROPPED, DECISION_REMINDED -> Optional.empty();
        };
    }
}
