package dev.postmortem.jira.storage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Append-only log of process events, for process metrics (time from debrief to committed actions, overrides).
 *
 * <p>Corrections are appended, never written over. A debrief time that is changed after it was recorded gets a new
 * {@link ProcessEventType#DEBRIEF_HELD} with the new time; one that is removed gets a
 * {@link ProcessEventType#DEBRIEF_CLEARED}. Readers take the latest <em>recorded</em> of the two as the postmortem's
 * current debrief (the core's {@code CurrentDebrief}); record order is kept by the log, not by the times the events
 * name (a corrected debrief may name an earlier time). Each {@link ProcessEventType#SOAK_ENDED} belongs to the
 * debrief that was current when it was recorded, so a corrected debrief gets its own soak end.
 *
 * <p>Cluster guarantee of the plugin's log ({@link SerialisedProcessEventLog}): the debrief and soak-end appends of
 * one postmortem run one at a time across all nodes, each holding the postmortem's cluster lock from before its
 * check until after its commit (when the write's transaction is its own, not joined to a caller's). So every check
 * sees the writes before it, a SOAK_ENDED always follows, in record order, the very debrief it was checked against,
 * and a change is not appended twice. A write that cannot get the lock within a short wait is skipped (false,
 * logged); the next event of the postmortem or the next soak-end job run records it.
 */
public interface ProcessEventLog {

    void append(ProcessEvent event);

    /**
     * Appends a {@link ProcessEventType#DEBRIEF_HELD} or {@link ProcessEventType#DEBRIEF_CLEARED} when it changes the
     * issue's current debrief: a DEBRIEF_HELD whose time or project differs from the current one (or when there is
     * none), a DEBRIEF_CLEARED when there is a current one. Check and insert are one transaction; in the plugin's
     * log, one at a time per postmortem across the cluster (see above).
     *
     * @return true when appended; false when nothing changes, or when the write was skipped (see above)
     * @throws IllegalArgumentException for any other event type
     */
    boolean appendDebriefChange(ProcessEvent debriefEvent);

    /**
     * Appends {@link ProcessEventType#SOAK_ENDED} at {@code soakEndsAt} for {@code debrief} (its issue, project, no
     * actor), in one transaction, only while that debrief is still the issue's current one (same time and project)
     * and no SOAK_ENDED was recorded after it. So it is safe to call again, from any node; in the plugin's log no
     * other node's debrief correction can slip in between the check and the insert (see above).
     *
     * @return true when appended; false when not needed, or when the write was skipped (see above)
     */
    boolean appendSoakEnd(ProcessEvent debrief, Instant soakEndsAt);

    /**
     * Current debriefs with no {@link ProcessEventType#SOAK_ENDED} recorded after them, looked for among the
     * {@code limit} most recently recorded DEBRIEF_HELD events (newest first, so a debrief whose soak is still
     * running is always among them unless more than {@code limit} debriefs were recorded since). Two indexed
     * queries: the newest DEBRIEF_HELD rows by event type, then the debrief and soak events of their issues.
     */
    List<ProcessEvent> debriefsAwaitingSoakEnd(int limit);

    // ---- read for the process view (process panel and project metrics)

    /**
     * The events of these issues in <em>record order</em> (the order they were appended), which the debrief rules
     * need: a corrected debrief may name an earlier time than the one it replaces. Issues in chunks of a few
     * hundred per indexed query.
     */
    List<ProcessEvent> forIssuesInRecordOrder(Collection<Long> issueIds);

    /**
     * The project's {@link ProcessEventType#DEBRIEF_HELD} events with {@code from <= at < to}, the latest times
     * first, at most {@code limit}: the postmortems whose debrief may fall in a period (one of them may have been
     * corrected or cleared since; readers check the current debrief). One indexed query.
     */
    List<ProcessEvent> debriefsHeldBetween(long projectId, Instant from, Instant to, int limit);

    /**
     * {@link ProcessEventType#SOAK_ENDED} events of all projects with {@code from <= at < to}, the latest times first,
     * at most {@code limit}: the postmortems whose decision notices may be due (one of them may belong to a debrief
     * corrected since; readers check the current soak end). One indexed query.
     */
    List<ProcessEvent> soakEndsBetween(Instant from, Instant to, int limit);
}
