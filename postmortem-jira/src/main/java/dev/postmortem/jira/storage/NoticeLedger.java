package dev.postmortem.jira.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The app's record of every notification it sends, so that each is sent once across the cluster, also after a node
 * restart or when two nodes run the same job: a sender {@link #claim}s a notice before it queues the mail, and marks
 * it {@link #markSent sent} or {@link #markFailed failed} after. Used by the soak-end decision notices (issue 13) and
 * the account requests (issue 15).
 */
public interface NoticeLedger {

    /** Where a notice stands. */
    enum State { PENDING, SENT, FAILED }

    /**
     * Claims the notice for sending at {@code now}: true when this caller should send it — no record yet (one is
     * written, PENDING), or a FAILED one, or a PENDING one older than {@code staleAfter} (its sender died). One caller
     * wins across the cluster.
     */
    boolean claim(NoticeId id, Instant now, Duration staleAfter);

    void markSent(NoticeId id, Instant now);

    /** The send failed; the attempt is counted and the notice may be claimed again. */
    void markFailed(NoticeId id, Instant now);

    Optional<State> state(NoticeId id);
}
