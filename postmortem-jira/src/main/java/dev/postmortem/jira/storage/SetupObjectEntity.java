package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1 (a new table: AO creates it, no upgrade task). The Jira objects setup created or adopted, by role
 * ("issue-type", "link-type", a field step's id) and Jira id, so that features find them by id and a rename by an
 * administrator changes nothing. One row per role, by code (see {@link AoSetupObjects}).
 */
@Table(SetupObjectEntity.TABLE)
public interface SetupObjectEntity extends Entity {

    String TABLE = "SETUP_OBJECT";
    String COLUMN_ROLE_NAME = "ROLE_NAME";
    String COLUMN_OBJECT_ID = "OBJECT_ID";

    @NotNull
    @Indexed
    @StringLength(64)
    String getRoleName();

    void setRoleName(String role);

    @NotNull
    @StringLength(64)
    String getObjectId();

    void setObjectId(String objectId);
}
