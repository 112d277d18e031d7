package dev.postmortem.jira.storage;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The searchable plain text of each postmortem's narrative, for the {@code narrativeMatches} JQL function: one entry
 * per issue, written after Jira has stored the narrative (from the issue's event), removed when it is cleared or the
 * issue deleted.
 *
 * <p>Matching is by substring: an issue matches when its text contains every term, in any order and anywhere (a term
 * "fail" also finds "failover"). Case-insensitive (both sides in a caseless form, see {@link #searchable}) and otherwise exact:
 * text and terms are NFC-normalised, diacritics are not folded ("Ölpumpe" is not found by "olpumpe"; tested on H2 and
 * PostgreSQL). The comparison itself is the database's LIKE: on a MySQL or SQL Server database with an
 * accent-insensitive collation, that collation folds diacritics after all. Terms are literal text: the LIKE wildcards
 * {@code %} and {@code _} in a term match only themselves.
 */
public interface NarrativeTextIndex {

    /** The most issue ids one query returns ({@link #matching}); see there. */
    int MAX_IDS = 1000;

    /**
     * Stores (or replaces) the issue's text, {@code at} being when it changed; blank text removes the entry instead.
     * Text equal to what is stored (compared in its {@link #searchable} form) writes nothing, so the entry keeps the
     * time of its last change: one indexed read, no write.
     *
     * @return whether anything was written
     */
    boolean put(long issueId, String plainText, Instant at);

    /** Removes the issue's entry; one indexed read, and a delete only when there is one. @return whether one was */
    boolean remove(long issueId);

    /**
     * Ids of the issues whose text contains every term, most recently written first, at most {@code limit}
     * (itself at most {@link #MAX_IDS}). Bounded so that a term found everywhere ("the") costs one capped query,
     * not an unbounded list held in memory.
     *
     * @param terms one or more non-blank terms, each without the characters '[' and ']' (SQL Server reads them as a
     *              LIKE character class, and Oracle refuses to escape them)
     */
    List<Long> matching(List<String> terms, int limit);

    /**
     * How text and terms are compared: a caseless form of the text, so that every way of writing a word in upper or
     * lower case finds it. NFC first; the capital dotted I (U+0130, as in "\u0130stanbul") becomes a plain "i" (the
     * root locale would make it "i" + a combining dot U+0307 that no typed "i" finds); then upper case and lower case
     * (root locale), which folds what lower case alone does not: "ß" and "ẞ" to "ss" (so "STRASSE" finds "Straße"),
     * ligatures such as "ﬁ" to "fi"; the final sigma "ς" is a plain "σ"; NFC again, since case mapping can decompose.
     * Diacritics stay ("Ölpumpe" is not found by "olpumpe").
     */
    static String searchable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u0130', 'i')
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)
                .replace("\u00df", "ss").replace('\u03c2', '\u03c3');
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}
