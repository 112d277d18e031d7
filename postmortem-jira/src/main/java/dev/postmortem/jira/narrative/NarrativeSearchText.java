package dev.postmortem.jira.narrative;

import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.storage.NarrativeTextIndex;

import java.time.Clock;
import java.util.Objects;

/**
 * What the searchable text of a narrative is ({@link NarrativeTextIndex}, what {@code narrativeMatches} searches):
 * the core's plain-text projection of the stored value; a stored value that no longer reads as a narrative is kept
 * as it is, so its words are still found.
 *
 * <p>When it is written is {@link NarrativeSearchListener}'s business: from Jira's issue events, after Jira has stored
 * the change, not inside the field save (why, and what is known about Jira's transaction there: see that class). So
 * the field type does not write it, and the search lags for an issue until its next event when a write fails or a
 * change fires no event. Failures are thrown to the listener, which logs them.
 */
public class NarrativeSearchText {

    private final NarrativeTextIndex index;
    private final Clock clock;

    public NarrativeSearchText(NarrativeTextIndex index, Clock clock) {
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The issue's narrative is {@code storedJson}; null or blank means it has none. An unchanged text writes nothing
     * ({@link NarrativeTextIndex#put}).
     *
     * @return whether the table was written
     */
    public boolean stored(long issueId, String storedJson) {
        if (storedJson == null || storedJson.isBlank()) {
            return index.remove(issueId);
        }
        return index.put(issueId, plainText(storedJson), clock.instant());
    }

    /** The issue was deleted: its text goes too. @return whether there was one */
    public boolean deleted(long issueId) {
        return index.remove(issueId);
    }

    static String plainText(String storedJson) {
        return NarrativeCheck.of(storedJson).narrative().map(NarrativeText::plainText).orElse(storedJson);
    }
}
