package dev.postmortem.core.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the incident timeline.
 *
 * @param at     when it happened
 * @param text   what happened
 * @param author     display name of who wrote it, or for an entry recorded by Jira who did it; optional
 * @param recordedOn the key of the issue Jira recorded the entry on (copied from an incident); null when a person
 *                   wrote it
 */
public record SummaryTimelineEntry(Instant at, String text, String author, String recordedOn) {
    public SummaryTimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }

    /** An entry written by a person. */
    public SummaryTimelineEntry(Instant at, String text, String author) {
        this(at, text, author, null);
    }
}
