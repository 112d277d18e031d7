package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Model v1. One {@link SettingsChange}; rows are only added, never changed. A new table (ADR 0006). */
@Preload
@Table(SettingsChangeEntity.TABLE)
public interface SettingsChangeEntity extends Entity {

    String TABLE = "SETTINGS_CHANGE";
    String COLUMN_PROJECT_ID = "PROJECT_ID";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_CHANGED_AT = "CHANGED_AT";
    String COLUMN_SETTING_NAME = "SETTING_NAME";
    String COLUMN_OLD_VALUE = "OLD_VALUE";
    String COLUMN_NEW_VALUE = "NEW_VALUE";

    @NotNull
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** Epoch milliseconds (UTC). */
    @NotNull
    Long getChangedAt();

    void setChangedAt(Long changedAt);

    /** {@link SettingsChange.Setting} name. */
    @NotNull
    @StringLength(32)
    String getSettingName();

    void setSettingName(String settingName);

    @StringLength(SettingsChange.MAX_VALUE)
    String getOldValue();

    void setOldValue(String oldValue);

    @StringLength(SettingsChange.MAX_VALUE)
    String getNewValue();

    void setNewValue(String newValue);
}
