package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortem.core.soak.SoakOverride;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** {@link OverrideLog} on Active Objects. Instants are stored as epoch milliseconds (sub-millisecond parts dropped). */
public class AoOverrideLog implements OverrideLog {

    private static final String BY_ACTION = OverrideEntity.COLUMN_ACTION_ISSUE_ID + " = ?";

    private final ActiveObjects ao;

    public AoOverrideLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public OverrideRecord record(long actionIssueId, long postmortemIssueId, SoakOverride override,
            Instant expiresAt) {
        Objects.requireNonNull(override, "override");
        return ao.executeInTransaction(() -> toRecord(ao.create(OverrideEntity.class,
                new DBParam(OverrideEntity.COLUMN_ACTION_ISSUE_ID, actionIssueId),
                new DBParam(OverrideEntity.COLUMN_POSTMORTEM_ISSUE_ID, postmortemIssueId),
                new DBParam(OverrideEntity.COLUMN_USER_KEY, override.byUserKey()),
                new DBParam(OverrideEntity.COLUMN_REASON, override.reason()),
                new DBParam(OverrideEntity.COLUMN_CREATED_AT, override.at().toEpochMilli()),
                new DBParam(OverrideEntity.COLUMN_EXPIRES_AT, expiresAt == null ? null : expiresAt.toEpochMilli()))));
    }

    @Override
    public List<OverrideRecord> historyFor(long actionIssueId) {
        return ao.executeInTransaction(() -> Arrays.stream(byAction(actionIssueId, "ID DESC"))
                .map(AoOverrideLog::toRecord)
                .toList());
    }

    @Override
    public boolean revoke(long overrideId, String byUserKey, Instant at) {
        Objects.requireNonNull(byUserKey, "byUserKey");
        Objects.requireNonNull(at, "at");
        if (overrideId > Integer.MAX_VALUE || overrideId < 1) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            OverrideEntity row = ao.get(OverrideEntity.class, (int) overrideId);
            if (row == null || row.getRevokedAt() != null) {
                return false;
            }
            row.setRevokedAt(at.toEpochMilli());
            row.setRevokedBy(byUserKey);
            row.save();
            return true;
        });
    }

    @Override
    public List<OverrideRecord> forPostmortems(Collection<Long> postmortemIssueIds) {
        List<Long> ids = postmortemIssueIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            List<OverrideRecord> records = new ArrayList<>();
            for (InList in : InList.chunks(OverrideEntity.COLUMN_POSTMORTEM_ISSUE_ID, ids)) {
                Arrays.stream(ao.find(OverrideEntity.class, Query.select().where(in.condition(), in.params())))
                        .map(AoOverrideLog::toRecord)
                        .forEach(records::add);
            }
            records.sort(Comparator.comparingLong(OverrideRecord::id).reversed());
            return records;
        });
    }

    private OverrideEntity[] byAction(long actionIssueId, String order) {
        return ao.find(OverrideEntity.class, Query.select().where(BY_ACTION, actionIssueId).order(order));
    }

    private static OverrideRecord toRecord(OverrideEntity row) {
        SoakOverride override = new SoakOverride(row.getReason(), row.getUserKey(),
                Instant.ofEpochMilli(row.getCreatedAt()));
        return new OverrideRecord(row.getID(), row.getActionIssueId(), row.getPostmortemIssueId(), override,
                instant(row.getExpiresAt()), instant(row.getRevokedAt()), row.getRevokedBy());
    }

    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
