package dev.postmortem.core.language;

import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a text into words, keeping each word's span in the original text.
 *
 * <p>A word is a run of letters and digits (by code point, so letters outside the BMP count and emoji do not),
 * plus apostrophes that sit between two letters or digits ({@code should've}, {@code didn’t}). Its normalised
 * form is lower case ({@link Locale#ROOT}) with every apostrophe variant turned into {@code '}. Because spans
 * come from the original text, a lower-casing that changes length never shifts an offset.
 *
 * <p>{@code softGapBefore[i]} tells whether only spaces, line breaks or hyphens separate word {@code i} from
 * word {@code i-1}: a phrase matches across such gaps only, never across a full stop or a comma.
 */
final class Words {

    final int count;
    final int[] start;
    final int[] end;
    final String[] normalised;
    final boolean[] softGapBefore;

    private Words(int count, int[] start, int[] end, String[] normalised, boolean[] softGapBefore) {
        this.count = count;
        this.start = start;
        this.end = end;
        this.normalised = normalised;
        this.softGapBefore = softGapBefore;
    }

    static boolean isApostrophe(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '\u02BC'
                || codePoint == '`' || codePoint == '\u00B4';
    }

    private static boolean isWordChar(int codePoint) {
        // U+02BC is a letter to Unicode; treat it as an apostrophe so it never glues two words together.
        return Character.isLetterOrDigit(codePoint) && codePoint != '\u02BC';
    }

    private static boolean isSoftGapChar(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2011';
    }

    static Words of(String text) {
        int capacity = Math.max(8, text.length() / 6);
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        boolean[] softGapBefore = new boolean[capacity];
        int count = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int wordStart = i;
            i += Character.charCount(cp);
            while (i < length) {
                int next = text.codePointAt(i);
                if (isWordChar(next)) {
                    i += Character.charCount(next);
                } else if (isApostrophe(next) && i + 1 < length && isWordChar(text.codePointAt(i + 1))) {
                    i += 1; // every apostrophe variant is one UTF-16 char
                } else {
                    break;
                }
            }
            if (count == start.length) {
                start = Arrays.copyOf(start, count * 2);
                end = Arrays.copyOf(end, count * 2);
                softGapBefore = Arrays.copyOf(softGapBefore, count * 2);
            }
            start[count] = wordStart;
            end[count] = i;
            softGapBefore[count] = count > 0 && onlySoftGap(text, end[count - 1], wordStart);
            count++;
        }
        String[] normalised = new String[count];
        for (int w = 0; w < count; w++) {
            normalised[w] = normalise(text, start[w], end[w]);
        }
        return new Words(count, start, end, normalised, softGapBefore);
    }

    private static boolean onlySoftGap(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isSoftGapChar(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String text, int from, int to) {
        char[] word = new char[to - from];
        text.getChars(from, to, word, 0);
        for (int k = 0; k < word.length; k++) {
            if (isApostrophe(word[k])) {
                word[k] = '\'';
            }
        }
        return new String(word).toLowerCase(Locale.ROOT);
    }
}
