package dev.postmortem.jira.storage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link NarrativeTextIndex} in memory, for tests of the code that uses it; {@link InMemoryNarrativeTextIndexTest}
 * runs the AO index's contract on it. Keeps each issue's text in its {@link NarrativeTextIndex#searchable} form and
 * matches terms as substrings of it, as the AO index's LIKE does; refuses the same terms and limits.
 */
public class InMemoryNarrativeTextIndex implements NarrativeTextIndex {

    /** {@code id}: the order of first writes, as the table's row id (kept when the text is replaced in place). */
    private record Entry(long issueId, String text, Instant at, long id) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private long lastId;
    private int searches;

    @Override
    public synchronized boolean put(long issueId, String plainText, Instant at) {
        if (plainText == null || plainText.isBlank()) {
            return remove(issueId);
        }
        String text = NarrativeTextIndex.searchable(plainText);
        Entry stored = entries.get(issueId);
        if (stored != null && stored.text().equals(text)) {
            return false;
        }
        entries.put(issueId, new Entry(issueId, text, at, stored == null ? ++lastId : stored.id()));
        return true;
    }

    @Override
    public synchronized boolean remove(long issueId) {
        return entries.remove(issueId) != null;
    }

    @Override
    public synchronized List<Long> matching(List<String> terms, int limit) {
        searches++;
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("at least one term");
        }
        if (limit < 1 || limit > MAX_IDS) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_IDS);
        }
        List<String> searchable = terms.stream().map(InMemoryNarrativeTextIndex::searchableTerm).toList();
        return entries.values().stream()
                .filter(entry -> searchable.stream().allMatch(entry.text()::contains))
                .sorted(Comparator.comparing(Entry::at).thenComparingLong(Entry::id).reversed())
                .limit(limit)
                .map(Entry::issueId)
                .toList();
    }

    /** The stored (searchable) text of the issue, or null: what a test reads to see what was indexed. */
    public synchronized String textOf(long issueId) {
        Entry entry = entries.get(issueId);
        return entry == null ? null : entry.text();
    }

    /** When the issue's stored text was last changed, or null: the time a test reads to see when it was indexed. */
    public synchronized Instant writtenAt(long issueId) {
        Entry entry = entries.get(issueId);
        return entry == null ? null : entry.at();
    }

    /** How often {@link #matching} was asked: "the store was not read" in state. */
    public synchronized int searches() {
        return searches;
    }

    private static String searchableTerm(String term) {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("blank term");
        }
        String searchable = NarrativeTextIndex.searchable(term);
        if (searchable.indexOf('[') >= 0 || searchable.indexOf(']') >= 0) {
            throw new IllegalArgumentException("terms must not contain [ or ]");
        }
        return searchable;
    }
}
