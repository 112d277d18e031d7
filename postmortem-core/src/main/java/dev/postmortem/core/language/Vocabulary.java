package dev.postmortem.core.language;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The normalised words that rules and lexicons know, as one immutable open-addressing table that is probed straight
 * from a word's chars in the text. {@link Words} uses it to give each word of a text its normalised form without
 * building a string: a known word gets the table's own instance, any other word is normalised only when a
 * look-around reads it. Immutable and thread-safe.
 */
final class Vocabulary {

    /** Returned by {@link #find} when the word's chars need the full {@link Words#normalise} to compare. */
    static final String UNSURE = new String("\0unsure");

    private final String[] table;
    /** The hash of each slot's word, so that a probe reads no string unless the hashes agree. */
    private final int[] hashes;
    private final int mask;
    /** The length of the longest word: a longer word is not looked up. */
    private final int longest;

    Vocabulary(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>(words);
        int capacity = Integer.highestOneBit(Math.max(16, distinct.size() * 3)) << 1;
        table = new String[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
        int max = 0;
        for (String word : distinct) {
            int slot = word.hashCode() & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
            hashes[slot] = word.hashCode();
            max = Math.max(max, word.length());
        }
        longest = max;
    }

    /** The known word equal to {@code word}, or null. */
    String get(String word) {
        int slot = word.hashCode() & mask;
        for (String key = table[slot]; key != null; key = table[slot = (slot + 1) & mask]) {
            if (key.equals(word)) {
                return key;
            }
        }
        return null;
    }

    /**
     * The known word whose normalised form is that of {@code chars[from, to)}, null when there is none, or
     * {@link #UNSURE} when a char needs the full lower-casing (surrogates, U+0130, U+03A3). {@code scratch} holds
     * at least {@code to - from} chars and is overwritten.
     */
    String find(char[] chars, int from, int to, char[] scratch) {
        int n = 0;
        int hash = 0;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                } else if (c == '`') {
                    c = '\'';
                }
            } else if (Words.isIgnorable(c)) {
                continue;
            } else if (Words.isApostrophe(c)) {
                c = '\'';
            } else if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
                return UNSURE;
            } else {
                int lower = Character.toLowerCase((int) c);
                if (lower > Character.MAX_VALUE) {
                    return UNSURE;
                }
                c = (char) lower;
            }
            if (n == longest) {
                return null; // longer than any known word (the rest may still need the full lower-casing)
            }
            scratch[n++] = c;
            hash = 31 * hash + c;
        }
        int slot = hash & mask;
        for (String key = table[slot]; key != null; key = table[slot = (slot + 1) & mask]) {
            if (hashes[slot] == hash && key.length() == n && sameChars(key, scratch, n)) {
                return key;
            }
        }
        return null;
    }

    private static boolean sameChars(String key, char[] scratch, int n) {
        for (int j = 0; j < n; j++) {
            if (key.charAt(j) != scratch[j]) {
                return false;
            }
        }
        return true;
    }
}
