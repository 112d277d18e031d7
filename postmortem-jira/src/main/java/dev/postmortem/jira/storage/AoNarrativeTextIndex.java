package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@link NarrativeTextIndex} on Active Objects. Each term becomes {@code PLAIN_TEXT LIKE ? ESCAPE '!'} with the term
 * bound as a parameter, its {@code %}, {@code _} and {@code !} escaped ('!' because MySQL reads a backslash in a
 * literal as its own escape).
 *
 * <p>One row per issue by code: {@link #put} updates the oldest row and deletes any duplicate two nodes left behind;
 * until then {@link #matching} still returns the issue id once. An unchanged text is not rewritten, so the issue keeps
 * its place in the newest-first order. Every {@link #matching} call reads the whole text column (no index serves
 * {@code LIKE '%term%'}); measured costs: docs/adr/0009-narrative-matches-next-to-jira-text-search.md.
 */
public class AoNarrativeTextIndex implements NarrativeTextIndex {

    static final char ESCAPE = '!';
    private static final String LIKE = NarrativeTextEntity.COLUMN_PLAIN_TEXT + " LIKE ? ESCAPE '" + ESCAPE + "'";
    private static final String NEWEST_FIRST = NarrativeTextEntity.COLUMN_UPDATED_AT + " DESC, ID DESC";

    private final ActiveObjects ao;

    public AoNarrativeTextIndex(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean put(long issueId, String plainText, Instant at) {
        if (plainText == null || plainText.isBlank()) {
            return remove(issueId);
        }
        String text = NarrativeTextIndex.searchable(plainText);
        return ao.executeInTransaction(() -> {
            // The text is selected with the row, so comparing costs no second query (AO 3.2.11's SQL log on H2: one
            // SELECT, then an INSERT or UPDATE only when the text is new or differs).
            NarrativeTextEntity[] rows = ao.find(NarrativeTextEntity.class, Query
                    .select("ID, " + NarrativeTextEntity.COLUMN_PLAIN_TEXT)
                    .where(NarrativeTextEntity.COLUMN_ISSUE_ID + " = ?", issueId)
                    .order("ID ASC"));
            if (rows.length == 0) {
                ao.create(NarrativeTextEntity.class,
                        new DBParam(NarrativeTextEntity.COLUMN_ISSUE_ID, issueId),
                        new DBParam(NarrativeTextEntity.COLUMN_PLAIN_TEXT, text),
                        new DBParam(NarrativeTextEntity.COLUMN_UPDATED_AT, at.toEpochMilli()));
                return true;
            }
            NarrativeTextEntity kept = rows[0];
            if (rows.length == 1 && text.equals(kept.getPlainText())) {
                return false;
            }
            kept.setPlainText(text);
            kept.setUpdatedAt(at.toEpochMilli());
            kept.save();
            if (rows.length > 1) {
                ao.delete(Arrays.copyOfRange(rows, 1, rows.length));
            }
            return true;
        });
    }

    @Override
    public boolean remove(long issueId) {
        return ao.executeInTransaction(() -> {
            NarrativeTextEntity[] rows = rowsOf(issueId);
            if (rows.length == 0) {
                return false;
            }
            ao.delete(rows);
            return true;
        });
    }

    @Override
    public List<Long> matching(List<String> terms, int limit) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("at least one term");
        }
        if (limit < 1 || limit > MAX_IDS) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_IDS);
        }
        Object[] patterns = terms.stream().map(AoNarrativeTextIndex::pattern).toArray();
        String where = String.join(" AND ", Collections.nCopies(patterns.length, LIKE));
        // Only the id columns (the entity preloads ISSUE_ID only): the text is never read back here.
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(NarrativeTextEntity.class, Query
                        .select("ID, " + NarrativeTextEntity.COLUMN_ISSUE_ID)
                        .where(where, patterns)
                        .order(NEWEST_FIRST)
                        .limit(limit)))
                .map(NarrativeTextEntity::getIssueId)
                .distinct()
                .toList());
    }

    /** {@code %term%} with the term's LIKE wildcards and escape character taken literally. */
    static String pattern(String term) {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("blank term");
        }
        String searchable = NarrativeTextIndex.searchable(term);
        StringBuilder pattern = new StringBuilder(searchable.length() + 8).append('%');
        for (int i = 0; i < searchable.length(); i++) {
            char c = searchable.charAt(i);
            if (c == '[' || c == ']') {
                throw new IllegalArgumentException("terms must not contain [ or ]");
            }
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private NarrativeTextEntity[] rowsOf(long issueId) {
        return ao.find(NarrativeTextEntity.class, Query.select("ID")
                .where(NarrativeTextEntity.COLUMN_ISSUE_ID + " = ?", issueId)
                .order("ID ASC"));
    }
}
