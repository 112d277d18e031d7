package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1. A project's {@link DecisionSettings}: one row per project that saved its own (a project without a row
 * has {@link DecisionSettings#DEFAULTS}). A new table, so adding it is additive (ADR 0006).
 */
@Preload
@Table(DecisionSettingsEntity.TABLE)
public interface DecisionSettingsEntity extends Entity {

    String TABLE = "DECISION_SETTINGS";
    String COLUMN_PROJECT_ID = "PROJECT_ID";
    String COLUMN_REMINDER_DAYS = "REMINDER_DAYS";
    String COLUMN_RESOLUTION_ID = "RESOLUTION_ID";

    @NotNull
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    /** Business days after the soak's end until undecided actions are reminded of. */
    @NotNull
    Integer getReminderDays();

    void setReminderDays(Integer reminderDays);

    /** Jira's id of the "not doing" resolution; null until the project admin picks one. */
    @StringLength(64)
    String getResolutionId();

    void setResolutionId(String resolutionId);
}
