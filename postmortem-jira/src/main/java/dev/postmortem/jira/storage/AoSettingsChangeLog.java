package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link SettingsChangeLog} on Active Objects. Newest first by time, then by ID, so changes saved in the same
 * millisecond keep the order they were written in. Rows whose setting a newer model wrote are skipped, not fatal.
 */
public class AoSettingsChangeLog implements SettingsChangeLog {

    private static final String BY_PROJECT = SettingsChangeEntity.COLUMN_PROJECT_ID + " = ?";
    private static final String NEWEST_FIRST = SettingsChangeEntity.COLUMN_CHANGED_AT + " DESC, ID DESC";

    private final ActiveObjects ao;

    public AoSettingsChangeLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(SettingsChange change) {
        ao.executeInTransaction(() -> ao.create(SettingsChangeEntity.class,
                new DBParam(SettingsChangeEntity.COLUMN_PROJECT_ID, change.projectId()),
                new DBParam(SettingsChangeEntity.COLUMN_USER_KEY, change.userKey()),
                new DBParam(SettingsChangeEntity.COLUMN_CHANGED_AT, change.at().toEpochMilli()),
                new DBParam(SettingsChangeEntity.COLUMN_SETTING_NAME, change.setting().name()),
                new DBParam(SettingsChangeEntity.COLUMN_OLD_VALUE, change.oldValue()),
                new DBParam(SettingsChangeEntity.COLUMN_NEW_VALUE, change.newValue())));
    }

    @Override
    public List<SettingsChange> recent(long projectId, int limit) {
        int bounded = Math.max(0, Math.min(limit, MAX_RECENT));
        if (bounded == 0) {
            return List.of();
        }
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SettingsChangeEntity.class,
                        Query.select().where(BY_PROJECT, projectId).order(NEWEST_FIRST).limit(bounded)))
                .flatMap(row -> read(row).stream())
                .toList());
    }

    private static Optional<SettingsChange> read(SettingsChangeEntity row) {
        SettingsChange.Setting setting;
        try {
            setting = SettingsChange.Setting.valueOf(row.getSettingName());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return Optional.of(new SettingsChange(row.getProjectId(), row.getUserKey(),
                Instant.ofEpochMilli(row.getChangedAt()), setting, row.getOldValue(), row.getNewValue()));
    }
}
