package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1 (added after the first three tables; AO creates it, no upgrade task). The searchable form of one issue's
 * "Debrief narrative": the core's plain-text projection, NFC-normalised and lower-cased, kept by
 * {@link NarrativeTextIndex}. One row per issue, by code (AO has no unique constraint; see
 * {@link AoNarrativeTextIndex}). UPDATED_AT is epoch milliseconds UTC (see {@link OverrideEntity}).
 *
 * <p>Only ISSUE_ID is preloaded, so a query loads the columns it selects plus that one. Without {@code @Preload},
 * Active Objects loads every column whatever the query selects (AO 3.2.11, {@code EntityManager.find}; seen in its SQL
 * log), and each {@code narrativeMatches} search read the full text of up to 1000 matching rows it never uses. Only
 * the write that compares the stored text with a new one selects it ({@link AoNarrativeTextIndex#put}).
 */
@Table(NarrativeTextEntity.TABLE)
@Preload(NarrativeTextEntity.COLUMN_ISSUE_ID)
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
