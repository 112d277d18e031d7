package dev.postmortem.core.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a text into words, keeping each word's span in the original text, and records what separates each word
 * from the one before it.
 *
 * <p>A word is a run of letters and digits (by code point, so letters outside the BMP count and emoji do not),
 * plus apostrophes that sit between two letters or digits ({@code should've}, {@code didn’t}). Characters that
 * text pasted from Word or Confluence hides inside words (soft hyphen, zero-width space and joiners, word joiner,
 * byte-order mark) are skipped: they neither end a word nor appear in its normalised form. The normalised form is
 * lower case ({@link Locale#ROOT}) with every apostrophe variant (including primes and the full-width
 * apostrophe) turned into {@code '}. Because spans come from the original text, a lower-casing that changes
 * length never shifts an offset.
 *
 * <p>{@link #gap}{@code [i]} tells what lies between word {@code i-1} and word {@code i}: only spaces, line
 * breaks, hyphens or emphasis markup ({@link #SOFT}); a comma ({@link #COMMA}); or the end of a clause
 * ({@link #CLAUSE}: {@code . ! ? ; :}, a blank line, a new list item). A phrase matches across soft gaps only.
 * {@link #quoted}{@code [i]} tells whether the word stands inside quotation marks or a code span.
 */
final class Words {

    static final byte SOFT = 0;
    static final byte COMMA = 1;
    static final byte CLAUSE = 2;

    final String text;
    final int count;
    final int[] start;
    final int[] end;
    /** Normalised words, filled lazily with a vocabulary: read them through {@link #word}. */
    private final String[] normalised;
    /** With a vocabulary: the vocabulary's instance of each word, or null for a word it does not know. */
    private final String[] known;
    final byte[] gap;
    /** The gap is exactly one hyphen: the two words form a compound ({@code lazy-loaded}). */
    final boolean[] hyphenJoined;
    final boolean[] quoted;
    /** The word is written with a capital first letter. */
    final boolean[] capitalised;
    /** The word follows an {@code @}, as a mention does. */
    final boolean[] mention;
    /** The clause that this word ends is a question (it is followed by {@code ?}). */
    final boolean[] questionAfter;

    private Words(String text, int count, int[] start, int[] end, String[] normalised, String[] known, byte[] gap,
            boolean[] hyphenJoined, boolean[] quoted, boolean[] capitalised, boolean[] mention,
            boolean[] questionAfter) {
        this.text = text;
        this.count = count;
        this.start = start;
        this.end = end;
        this.normalised = normalised;
        this.known = known;
        this.gap = gap;
        this.hyphenJoined = hyphenJoined;
        this.quoted = quoted;
        this.capitalised = capitalised;
        this.mention = mention;
        this.questionAfter = questionAfter;
    }

    /** Soft-gap shorthand kept for callers that only ask whether a phrase may continue. */
    boolean softGapBefore(int i) {
        return i > 0 && gap[i] == SOFT;
    }

    static boolean isApostrophe(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '\u02BC'
                || codePoint == '`' || codePoint == '\u00B4' || codePoint == '\u2032' || codePoint == '\uFF07';
    }

    /** Invisible characters that pasted text carries inside words. */
    static boolean isIgnorable(int codePoint) {
        return codePoint == '\u00AD' || codePoint == '\u200B' || codePoint == '\u200C' || codePoint == '\u200D'
                || codePoint == '\u2060' || codePoint == '\uFEFF';
    }

    /** Letters and digits among the ASCII chars. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = isWordChar(c);
        }
    }

    private static boolean isWordChar(int codePoint) {
        // U+02BC is a letter to Unicode; treat it as an apostrophe so it never glues two words together.
        return Character.isLetterOrDigit(codePoint) && codePoint != '\u02BC';
    }

    /** {@link #isSoftGapChar} for the ASCII chars. */
    private static final boolean[] ASCII_SOFT_GAP = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SOFT_GAP[c] = isSoftGapCharSlow(c);
        }
    }

    private static boolean isSoftGapChar(char c) {
        return c < 128 ? ASCII_SOFT_GAP[c] : isSoftGapCharSlow(c);
    }

    private static boolean isSoftGapCharSlow(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011'
                || c == '*' || c == '_' || c == '~' || c == '+' || c == '^' || isIgnorable(c);
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB'
                || c == '\uFF02';
    }

    /** Splits {@code text}, normalising every word at once (for rules and names: short texts). */
    static Words of(String text) {
        return of(text, null);
    }

    /**
     * Splits {@code text}. With a {@code vocabulary}, a word it knows gets its instance at once and any other word
     * is normalised only when {@link #word} reads it; {@link #known} answers without building a string.
     */
    static Words of(String text, Vocabulary vocabulary) {
        int length = text.length();
        char[] chars = text.toCharArray();
        int capacity = Math.max(8, length / 6);
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int count = 0;
        int longest = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            int wordStart = i;
            if (c < 128) {
                i++;
                if (!ASCII_WORD[c]) {
                    continue;
                }
            } else {
                int cp = Character.codePointAt(chars, i, length);
                i += Character.charCount(cp);
                if (!isWordChar(cp)) {
                    continue;
                }
            }
            i = wordEnd(chars, i, length);
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
            }
            start[count] = wordStart;
            end[count] = i;
            longest = Math.max(longest, i - wordStart);
            count++;
        }
        String[] normalised = new String[count];
        String[] known = vocabulary == null ? null : new String[count];
        char[] scratch = vocabulary == null ? null : new char[longest];
        byte[] gap = new byte[count];
        boolean[] hyphenJoined = new boolean[count];
        boolean[] quoted = new boolean[count];
        boolean[] capitalised = new boolean[count];
        boolean[] mention = new boolean[count];
        boolean[] questionAfter = new boolean[count];
        Gaps gaps = new Gaps(chars, questionAfter);
        for (int w = 0; w < count; w++) {
            int from = w == 0 ? 0 : end[w - 1];
            int to = start[w];
            if (to - from == 1 && chars[from] == ' ') {
                // a single space, by far the most common gap: soft, and no quotation state changes
                gap[w] = w > 0 ? SOFT : CLAUSE;
            } else {
                byte kind = gaps.classify(w, from, to);
                if (w > 0) {
                    gap[w] = kind;
                    hyphenJoined[w] = to - from == 1 && (chars[from] == '-' || chars[from] == '\u2010'
                            || chars[from] == '\u2011');
                } else {
                    gap[w] = CLAUSE;
                }
                if (gap[w] == CLAUSE) {
                    gaps.clauseFirst = w;
                }
                mention[w] = to > 0 && chars[to - 1] == '@';
            }
            quoted[w] = gaps.inDouble || gaps.inSingle || gaps.inCode;
            char first = chars[start[w]];
            capitalised[w] = first < 128 ? first >= 'A' && first <= 'Z'
                    : Character.isUpperCase(Character.codePointAt(chars, start[w], length));
            if (vocabulary == null) {
                normalised[w] = normalise(text, start[w], end[w]);
            } else {
                String word = vocabulary.find(chars, start[w], end[w], scratch);
                if (word == Vocabulary.UNSURE) {
                    normalised[w] = normalise(text, start[w], end[w]);
                    word = vocabulary.get(normalised[w]);
                }
                known[w] = word;
                if (word != null) {
                    normalised[w] = word;
                }
            }
        }
        return new Words(text, count, start, end, normalised, known, gap, hyphenJoined, quoted, capitalised, mention,
                questionAfter);
    }

    /**
     * Reads the gaps of one text, in order. Quotation state: double quotes toggle or open/close; single quotes only
     * open before a word and close after one; backticks delimit code. A blank line or a clause end after a closing
     * mark resets it, so an unbalanced quotation mark cannot hide the rest of a document. One per split.
     */
    private static final class Gaps {
        private final char[] chars;
        private final int length;
        private final boolean[] questionAfter;
        boolean inDouble;
        boolean inSingle;
        boolean inCode;
        int clauseFirst;

        Gaps(char[] chars, boolean[] questionAfter) {
            this.chars = chars;
            this.length = chars.length;
            this.questionAfter = questionAfter;
        }

        /** The kind of the gap [from, to) before word {@code w}, updating the quotation state. */
        byte classify(int w, int from, int to) {
            byte kind = SOFT;
            int newlines = 0;
            boolean bulletAfterNewline = false;
            boolean lastWasNewline = false;
            boolean questionMarked = false;
            for (int k = from; k < to; k++) {
                char c = chars[k];
                if (c == '\n') {
                    newlines++;
                    lastWasNewline = true;
                    continue;
                }
                if (lastWasNewline && (c == '-' || c == '*' || c == '\u2022' || c == '#' || c == '>' || c == '|')) {
                    bulletAfterNewline = true;
                }
                if (!Character.isWhitespace(c)) {
                    lastWasNewline = false;
                }
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\u2026' || c == '('
                        || c == ')' || c == '[' || c == ']' || c == '|' || c == '\u2014' || c == '\u2013'
                        || c == '{' || c == '}' || c == '<' || c == '>' || c == '=') {
                    if (w > 0 && (c == '.' || c == ':') && k + 1 < to && to - from == 1
                            && Character.isDigit(chars[k - 1]) && Character.isDigit(chars[k + 1])) {
                        continue; // a version, a decimal or a time of day
                    }
                    kind = CLAUSE;
                    if (c == '?' && w > 0 && !questionMarked) {
                        questionMarked = true;
                        for (int q = clauseFirst; q < w; q++) {
                            questionAfter[q] = true;
                        }
                    }
                } else if (c == ',' && kind == SOFT) {
                    kind = COMMA;
                } else if (c == '`') {
                    inCode = !inCode;
                } else if (isDoubleQuote(c)) {
                    boolean opens = c == '\u201E' || c == '\u00AB' || (c == '\u201C' && !inDouble);
                    boolean closes = c == '\u201D' || c == '\u00BB' || (c == '\u201C' && inDouble);
                    inDouble = opens || (!closes && !inDouble);
                } else if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A') {
                    boolean wordBefore = k > 0 && isWordChar(Character.codePointBefore(chars, k));
                    boolean wordAfter = k + 1 < length && isWordCharAt(chars, k + 1, length);
                    if (!wordBefore && wordAfter && c != '\u2019') {
                        inSingle = true;
                    } else if (wordBefore && !wordAfter) {
                        inSingle = false;
                    }
                } else if (!isSoftGapChar(c)) {
                    if (kind == SOFT) {
                        kind = COMMA; // other punctuation: a phrase does not run across it
                    }
                }
            }
            if (newlines >= 2 || bulletAfterNewline) {
                kind = CLAUSE;
            }
            if (newlines >= 2) {
                inDouble = false;
                inSingle = false;
                inCode = false;
            }
            return kind;
        }
    }

    /** The end of the word whose first char (or code point) ends at {@code i}. */
    private static int wordEnd(char[] chars, int i, int length) {
        while (i < length) {
            char n = chars[i];
            if (n < 128) {
                if (ASCII_WORD[n]) {
                    i++;
                } else if ((n == '\'' || n == '`') && i + 1 < length && isWordCharAt(chars, i + 1, length)) {
                    i += 1;
                } else {
                    break;
                }
                continue;
            }
            int next = Character.codePointAt(chars, i, length);
            if (isWordChar(next)) {
                i += Character.charCount(next);
            } else if (isIgnorable(next) && i + 1 < length && isWordCharAt(chars, i + 1, length)) {
                i += 1;
            } else if (isApostrophe(next) && i + 1 < length && isWordCharAt(chars, i + 1, length)) {
                i += 1; // every apostrophe variant is one UTF-16 char
            } else {
                break;
            }
        }
        return i;
    }

    /** The normalised form of word {@code i}. */
    String word(int i) {
        String word = normalised[i];
        if (word == null) {
            word = normalise(text, start[i], end[i]);
            normalised[i] = word;
        }
        return word;
    }

    /**
     * The normalised form of word {@code i} when the vocabulary the text was split with knows it, else null: for
     * look-ups in sets of known words (trie, lexicon) without building the word. Without a vocabulary, the word.
     */
    String known(int i) {
        return known == null ? normalised[i] : known[i];
    }

    private static boolean isWordCharAt(char[] chars, int k, int length) {
        char c = chars[k];
        return c < 128 ? ASCII_WORD[c] : isWordChar(Character.codePointAt(chars, k, length));
    }

    static String normalise(String text, int from, int to) {
        boolean plain = true;
        for (int k = from; k < to && plain; k++) {
            char c = text.charAt(k);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
        if (plain) {
            return text.substring(from, to);
        }
        StringBuilder word = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (isIgnorable(c)) {
                continue;
            }
            word.append(isApostrophe(c) ? '\'' : c);
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
