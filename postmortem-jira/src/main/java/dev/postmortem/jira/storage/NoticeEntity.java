package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1. One notification the app sends, for the {@link NoticeLedger}: at most one row per {@link NoticeId}
 * (kind, subject, occasion, recipient). AO cannot declare that composite key unique, so {@link AoNoticeLedger}
 * inserts only under the subject's cluster lock. A new table, so adding it is additive (ADR 0006).
 */
@Preload
@Table(NoticeEntity.TABLE)
public interface NoticeEntity extends Entity {

    String TABLE = "NOTICE_LEDGER";
    String COLUMN_NOTICE_KIND = "NOTICE_KIND";
    String COLUMN_SUBJECT_ID = "SUBJECT_ID";
    String COLUMN_OCCASION = "OCCASION";
    String COLUMN_RECIPIENT_KEY = "RECIPIENT_KEY";
    String COLUMN_NOTICE_STATE = "NOTICE_STATE";
    String COLUMN_ATTEMPTS = "ATTEMPTS";
    String COLUMN_UPDATED_AT = "UPDATED_AT";

    @NotNull
    @StringLength(NoticeId.MAX_KIND)
    String getNoticeKind();

    void setNoticeKind(String noticeKind);

    /** What the notice is about, e.g. the postmortem's issue id. */
    @NotNull
    @Indexed
    Long getSubjectId();

    void setSubjectId(Long subjectId);

    /** The occasion in epoch milliseconds, e.g. the soak end. */
    @NotNull
    Long getOccasion();

    void setOccasion(Long occasion);

    @NotNull
    @StringLength(NoticeId.MAX_RECIPIENT)
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    /** A {@link NoticeLedger.State} name; a value a newer model wrote is read as SENT (never sent again). */
    @NotNull
    @StringLength(16)
    String getNoticeState();

    void setNoticeState(String noticeState);

    /** Failed sends so far. */
    @NotNull
    Integer getAttempts();

    void setAttempts(Integer attempts);

    /** When the state last changed, epoch milliseconds: a PENDING row this old is a sender that died. */
    @NotNull
    Long getUpdatedAt();

    void setUpdatedAt(Long updatedAt);
}
