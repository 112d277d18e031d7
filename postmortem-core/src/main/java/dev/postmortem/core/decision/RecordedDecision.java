package dev.postmortem.core.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest decision the log holds for an action: a commit or a drop, and when. {@link Choice#KEEP} is never
 * recorded: keeping an action proposed changes nothing.
 */
public record RecordedDecision(Choice choice, Instant at) {

    public RecordedDecision {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(at, "at");
        if (choice == Choice.KEEP) {
            throw new IllegalArgumentException("KEEP is not recorded");
        }
    }
}
