package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@link ProcessEventEntity} as installations had it before {@code ACTION_ID}: the same table, the same columns, no
 * action. Frozen for {@link ProcessEventUpgradeContractTest}; never change it.
 */
@Preload
@Table(ProcessEventEntity.TABLE)
public interface ProcessEventEntityV1 extends Entity {

    @NotNull
    @Indexed
    @StringLength(32)
    String getEventType();

    void setEventType(String eventType);

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    @NotNull
    @Indexed
    Long getOccurredAt();

    void setOccurredAt(Long occurredAt);

    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);
}
