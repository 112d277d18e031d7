package dev.postmortem.jira.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link NoticeLedger} in memory, for tests of the code that uses it; {@link InMemoryNoticeLedgerTest} runs the AO
 * ledger's contract on it. One monitor for everything, so claims are as exclusive as under the cluster lock.
 */
public class InMemoryNoticeLedger implements NoticeLedger {

    private record Row(State state, int attempts, Instant updatedAt) {
    }

    private final Map<NoticeId, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean claim(NoticeId id, Instant now, Duration staleAfter) {
        Row row = rows.get(id);
        boolean free = row == null || row.state() == State.FAILED
                || row.state() == State.PENDING && !row.updatedAt().plus(staleAfter).isAfter(now);
        if (free) {
            rows.put(id, new Row(State.PENDING, row == null ? 0 : row.attempts(), now));
        }
        return free;
    }

    @Override
    public synchronized void markSent(NoticeId id, Instant now) {
        Row row = existing(id);
        if (row.state() != State.SENT) {
            rows.put(id, new Row(State.SENT, row.attempts(), now));
        }
    }

    @Override
    public synchronized void markFailed(NoticeId id, Instant now) {
        Row row = existing(id);
        if (row.state() != State.SENT) {
            rows.put(id, new Row(State.FAILED, row.attempts() + 1, now));
        }
    }

    @Override
    public synchronized Optional<State> state(NoticeId id) {
        return Optional.ofNullable(rows.get(id)).map(Row::state);
    }

    /** Failed attempts recorded for the notice (0 when none or unknown). */
    public synchronized int attempts(NoticeId id) {
        Row row = rows.get(id);
        return row == null ? 0 : row.attempts();
    }

    /** Every notice recorded, in claim order. */
    public synchronized Map<NoticeId, State> all() {
        Map<NoticeId, State> all = new LinkedHashMap<>();
        rows.forEach((id, row) -> all.put(id, row.state()));
        return all;
    }

    private Row existing(NoticeId id) {
        Row row = rows.get(id);
        if (row == null) {
            throw new IllegalStateException("notice never claimed: " + id);
        }
        return row;
    }
}
