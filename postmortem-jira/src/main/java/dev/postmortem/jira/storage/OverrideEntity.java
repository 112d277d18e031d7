package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1. The audit log of soak overrides: who let an action be committed before the soak of which
 * postmortem ended, why, when, and whether it was revoked. Rows are never deleted; revoking sets REVOKED_*.
 *
 * <p>Instants (*_AT) are epoch milliseconds UTC in a BIGINT: the same on every database and every node whatever
 * its JVM time zone, which a TIMESTAMP column written through java.util.Date is not.
 */
@Preload
@Table(OverrideEntity.TABLE)
public interface OverrideEntity extends Entity {

    String TABLE = "SOAK_OVERRIDE";
    String COLUMN_ACTION_ISSUE_ID = "ACTION_ISSUE_ID";
    String COLUMN_POSTMORTEM_ISSUE_ID = "POSTMORTEM_ISSUE_ID";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_REASON = "REASON";
    String COLUMN_CREATED_AT = "CREATED_AT";
    String COLUMN_EXPIRES_AT = "EXPIRES_AT";
    String COLUMN_REVOKED_AT = "REVOKED_AT";
    String COLUMN_REVOKED_BY = "REVOKED_BY";

    @NotNull
    @Indexed
    Long getActionIssueId();

    void setActionIssueId(Long actionIssueId);

    @NotNull
    @Indexed
    Long getPostmortemIssueId();

    void setPostmortemIssueId(Long postmortemIssueId);

    /** Jira user key (stable across renames), not the user name. */
    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    /** Null: valid until revoked. */
    Long getExpiresAt();

    void setExpiresAt(Long expiresAt);

    Long getRevokedAt();

    void setRevokedAt(Long revokedAt);

    @StringLength(255)
    String getRevokedBy();

    void setRevokedBy(String revokedBy);
}
