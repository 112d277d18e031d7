package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@link DecisionSettingsStore} on Active Objects. Like {@link AoSoakPolicyStore}: AO cannot declare a unique
 * project column, so reads take the oldest row of a project and a save updates it and removes any duplicate two
 * nodes saving at once may have left.
 */
public class AoDecisionSettingsStore implements DecisionSettingsStore {

    /** The longest resolution id the column holds (Jira's ids are short numbers). */
    static final int MAX_RESOLUTION_ID = 64;

    private static final String BY_PROJECT = DecisionSettingsEntity.COLUMN_PROJECT_ID + " = ?";
    private static final String OLDEST_FIRST = "ID ASC";

    private final ActiveObjects ao;

    public AoDecisionSettingsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public DecisionSettings forProject(long projectId) {
        return ao.executeInTransaction(() -> {
            DecisionSettingsEntity[] rows = rows(projectId);
            return rows.length == 0 ? DecisionSettings.DEFAULTS : read(rows[0]);
        });
    }

    @Override
    public void save(long projectId, DecisionSettings settings) {
        checkFits(settings);
        ao.executeInTransaction(() -> {
            DecisionSettingsEntity[] existing = rows(projectId);
            String resolutionId = settings.notDoingResolutionId().orElse(null);
            if (existing.length == 0) {
                ao.create(DecisionSettingsEntity.class,
                        new DBParam(DecisionSettingsEntity.COLUMN_PROJECT_ID, projectId),
                        new DBParam(DecisionSettingsEntity.COLUMN_REMINDER_DAYS, settings.reminderBusinessDays()),
                        new DBParam(DecisionSettingsEntity.COLUMN_RESOLUTION_ID, resolutionId));
                return null;
            }
            DecisionSettingsEntity row = existing[0];
            row.setReminderDays(settings.reminderBusinessDays());
            row.setResolutionId(resolutionId);
            row.save();
            if (existing.length > 1) {
                ao.delete(Arrays.copyOfRange(existing, 1, existing.length));
            }
            return null;
        });
    }

    /** What the table cannot hold is refused before the database, the same in the in-memory twin. */
    static void checkFits(DecisionSettings settings) {
        settings.notDoingResolutionId().ifPresent(id -> {
            if (id.isBlank() || id.length() > MAX_RESOLUTION_ID) {
                throw new IllegalArgumentException("notDoingResolutionId: blank or longer than " + MAX_RESOLUTION_ID);
            }
        });
    }

    private DecisionSettingsEntity[] rows(long projectId) {
        return ao.find(DecisionSettingsEntity.class, Query.select().where(BY_PROJECT, projectId).order(OLDEST_FIRST));
    }

    private static DecisionSettings read(DecisionSettingsEntity row) {
        Integer days = row.getReminderDays();
        return new DecisionSettings(days == null ? DecisionSettings.DEFAULTS.reminderBusinessDays() : days,
                Optional.ofNullable(row.getResolutionId()).filter(id -> !id.isBlank()));
    }
}
