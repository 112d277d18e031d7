package dev.postmortem.core.summary;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the incident timeline.
 *
 * @param at     when it happened
 * @param text   what happened
 * @param author display name of who recorded or did it; optional
 */
public record SummaryTimelineEntry(Instant at, String text, String author) {
    public SummaryTimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
