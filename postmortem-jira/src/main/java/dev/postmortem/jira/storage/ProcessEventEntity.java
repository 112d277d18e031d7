package dev.postmortem.jira.storage;

import dev.postmortem.core.decision.DropReason;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1. One step of the postmortem process (debrief held, soak ended, actions committed, override), kept for
 * the process metrics of idea 4: a postmortem is a process, not an artefact. Append-only. OCCURRED_AT is epoch
 * milliseconds UTC (see {@link OverrideEntity}). ACTION_ID was added to v1 later, nullable and without a task (see
 * the package documentation, "Model versions"): rows written before it have none.
 */
@Preload
@Table(ProcessEventEntity.TABLE)
public interface ProcessEventEntity extends Entity {

    String TABLE = "PROCESS_EVENT";
    String COLUMN_EVENT_TYPE = "EVENT_TYPE";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_PROJECT_ID = "PROJECT_ID";
    String COLUMN_OCCURRED_AT = "OCCURRED_AT";
    String COLUMN_ACTOR_KEY = "ACTOR_KEY";
    String COLUMN_ACTION_ID = "ACTION_ID";
    String COLUMN_DETAIL = "DETAIL";
    /**
     * The longest detail the log accepts: a drop reason (the core's {@code DropReason.MAX_CHARS}). Longer than AO's
     * portable VARCHAR (450), so the column is unlimited text.
     */
    int DETAIL_MAX_CHARS = DropReason.MAX_CHARS;

    /** {@link ProcessEventType} name. */
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

    /** Jira user key; null for events the system observed (e.g. a soak that ended). */
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    /**
     * The action issue an {@link ProcessEventType#ACTIONS_COMMITTED} is about, so that readers can leave out actions
     * a viewer may not browse; null on other types and on rows recorded before the column existed. Not indexed: no
     * query selects by it, readers filter the rows of a postmortem.
     */
    Long getActionId();

    void setActionId(Long actionId);

    /**
     * Free text of the event: the reason of an {@link ProcessEventType#ACTION_DROPPED}. Added to v1 later, nullable
     * (docs/adr/0006-active-objects-schema-changes.md); null on other types and older rows.
     */
    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
