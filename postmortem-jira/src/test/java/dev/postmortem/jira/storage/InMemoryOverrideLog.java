package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakOverride;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link OverrideLog} in memory, for tests of the code that uses it; {@link InMemoryStorageTest} and
 * {@link InMemoryProcessViewStorageTest} run the AO log's contract on it. Ids count up from 1 and times keep
 * milliseconds, as in the table.
 */
public class InMemoryOverrideLog implements OverrideLog {

    private final List<OverrideRecord> records = new ArrayList<>();

    @Override
    public synchronized OverrideRecord record(long actionIssueId, long postmortemIssueId, SoakOverride override,
            Instant expiresAt) {
        Objects.requireNonNull(override, "override");
        SoakOverride stored = new SoakOverride(override.reason(), override.byUserKey(), millis(override.at()));
        OverrideRecord record = new OverrideRecord(records.size() + 1L, actionIssueId, postmortemIssueId, stored,
                millis(expiresAt), null, null);
        records.add(record);
        return record;
    }

    @Override
    public synchronized List<OverrideRecord> historyFor(long actionIssueId) {
        return newestFirst(records.stream().filter(r -> r.actionIssueId() == actionIssueId).toList());
    }

    @Override
    public synchronized boolean revoke(long overrideId, String byUserKey, Instant at) {
        Objects.requireNonNull(byUserKey, "byUserKey");
        Objects.requireNonNull(at, "at");
        if (overrideId < 1 || overrideId > records.size()) {
            return false;
        }
        int index = (int) overrideId - 1;
        OverrideRecord record = records.get(index);
        if (record.revokedAt() != null) {
            return false;
        }
        records.set(index, new OverrideRecord(record.id(), record.actionIssueId(), record.postmortemIssueId(),
                record.override(), record.expiresAt(), millis(at), byUserKey));
        return true;
    }

    @Override
    public synchronized List<OverrideRecord> forPostmortems(Collection<Long> postmortemIssueIds) {
        Set<Long> ids = Set.copyOf(postmortemIssueIds);
        return newestFirst(records.stream().filter(r -> ids.contains(r.postmortemIssueId())).toList());
    }

    /** Every override recorded, oldest first: "nothing recorded" in state. */
    public synchronized List<OverrideRecord> all() {
        return List.copyOf(records);
    }

    private static List<OverrideRecord> newestFirst(List<OverrideRecord> records) {
        return records.stream().sorted(Comparator.comparingLong(OverrideRecord::id).reversed()).toList();
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
