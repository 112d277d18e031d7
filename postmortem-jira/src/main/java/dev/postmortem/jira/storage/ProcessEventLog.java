package dev.postmortem.jira.storage;

import java.time.Instant;
import java.util.List;

/** Append-only log of process events, for process metrics (time from debrief to committed actions, overrides). */
public interface ProcessEventLog {

    void append(ProcessEvent event);

    /**
     * Appends unless the issue already has an event of this type (e.g. SOAK_ENDED happens once). Two nodes racing
     * can still both append: readers take the earliest event of a type.
     *
     * @return true when appended
     */
    boolean appendOnce(ProcessEvent event);

    /** The issue's events, oldest first. */
    List<ProcessEvent> forIssue(long issueId);

    /** The project's events with {@code from <= at < to}, oldest first. */
    List<ProcessEvent> forProject(long projectId, Instant from, Instant to);
}
