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
 */
public record TimelineEntry(Instant time, String text, String authorUserKey) {

    public TimelineEntry {
        text = TextNormalisation.normalise(text);
        authorUserKey = TextNormalisation.normalise(authorUserKey);
    }

    public TimelineEntry(Instant time, String text) {
        this(time, text, "");
    }

    public Optional<String> author() {
        return authorUserKey.isEmpty() ? Optional.empty() : Optional.of(authorUserKey);
    }
}
