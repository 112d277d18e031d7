package dev.postmortem.core.narrative;

import java.time.Instant;
import java.util.Optional;

/**
 * One moment of the incident. The time and the text are required by {@link NarrativeValidator}; the model
 * holds an incomplete entry so that the editor can show what is missing instead of losing it.
 *
 * @param time          when it happened, or {@code null} while not filled in
 * @param text          what happened; empty while not filled in
 * @param authorUserKey the Jira user key of who wrote the entry; empty when not recorded
 * @param source        what Jira recorded the entry from (copied from an incident); {@code null} when a person
 *                      wrote it
 */
public record TimelineEntry(Instant time, String text, String authorUserKey, TimelineSource source) {

    public TimelineEntry {
        text = TextNormalisation.normalise(text);
        authorUserKey = TextNormalisation.normalise(authorUserKey);
    }

    public TimelineEntry(Instant time, String text, String authorUserKey) {
        this(time, text, authorUserKey, null);
    }

    public TimelineEntry(Instant time, String text) {
        this(time, text, "", null);
    }

    public Optional<String> author() {
        return authorUserKey.isEmpty() ? Optional.empty() : Optional.of(authorUserKey);
    }

    /** Empty when a person wrote the entry. */
    public Optional<TimelineSource> recordedBy() {
        return Optional.ofNullable(source);
    }
}
