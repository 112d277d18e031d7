package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1 (added after the first three tables; AO creates it, no upgrade task). The searchable form of one issue's
 * "Debrief narrative": the core's plain-text projection, NFC-normalised and lower-cased, kept by
 * {@link NarrativeTextIndex}. One row per issue, by code (AO has no unique constraint; see
 * {@link AoNarrativeTextIndex}). Not preloaded: the text can be long, and only the write that compares
 * it with a new text reads it back ({@link AoNarrativeTextIndex#put}).
 * UPDATED_AT is epoch milliseconds UTC (see {@link OverrideEntity}).
 */
@Table(NarrativeTextEntity.TABLE)
public interface NarrativeTextEntity extends Entity {

    String TABLE = "NARRATIVE_TEXT";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_PLAIN_TEXT = "PLAIN_TEXT";
    String COLUMN_UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @StringLength(StringLength.UNLIMITED)
    String getPlainText();

    void setPlainText(String plainText);

    @NotNull
    @Indexed
    Long getUpdatedAt();

    void setUpdatedAt(Long updatedAt);
}
