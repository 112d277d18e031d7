package dev.postmortem.core.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What makes a notice happen at most once across the cluster: its kind, the postmortem, and the soak end it is
 * about. A cluster-wide job records each notice under its key and recipient before or as it queues the mail, and
 * sends nothing a record already exists for; a corrected debrief gives a new soak end, so a new key.
 *
 * <p>The soak end is held to the millisecond (the precision the process log stores), so a key built from a
 * stored soak end equals one built from the original instant.
 */
public record NoticeKey(Kind kind, long postmortemId, Instant soakEndedAt) {

    /** The two notices of a soak end. */
    public enum Kind {
        /** The soak has ended: decide the proposed actions. */
        SOAK_ENDED,
        /** Some proposed actions are still undecided some business days later: at most one per soak end. */
        DECISION_REMINDER
    }

    public NoticeKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(soakEndedAt, "soakEndedAt");
        soakEndedAt = soakEndedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A stable text form, e.g. {@code SOAK_ENDED:10042:1796634000000} (epoch milliseconds). */
    public String value() {
        return kind.name() + ":" + postmortemId + ":" + soakEndedAt.toEpochMilli();
    }
}
