package dev.postmortem.core.narrative;

import java.util.Objects;

/**
 * Characters no text of the app may hold: control characters (tab and line feed are allowed in multi-line
 * text), {@code U+0000} among them, Unicode noncharacters ({@code U+FDD0}–{@code U+FDEF} and the last two code
 * points of every plane) and lone surrogates (half of a character, which UTF-8 cannot encode). They break
 * rendering, some databases refuse them, and a lone surrogate turns into "?" when stored. The validator refuses
 * them with the field's path; whatever reaches a page without validation (a host's issue summary or comment)
 * is shown with each one replaced by U+FFFD, never raw.
 */
public final class UnsafeCharacters {

    /** What an unsafe character is shown as: the Unicode replacement character. */
    public static final char REPLACEMENT = '\uFFFD';

    private UnsafeCharacters() {
    }

    /**
     * The index of the first unsafe character in {@code text}, or -1 when there is none.
     *
     * @param multiLine whether tab and line feed are allowed (free text) or not (names, keys, labels)
     */
    public static int firstUnsafe(String text, boolean multiLine) {
        Objects.requireNonNull(text, "text");
        int i = 0;
        while (i < text.length()) {
            int length = safeLength(text, i, multiLine);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** {@code text} with each unsafe character (a lone surrogate is one) replaced by {@link #REPLACEMENT}. */
    public static String replace(String text, boolean multiLine) {
        Objects.requireNonNull(text, "text");
        int first = firstUnsafe(text, multiLine);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        int i = first;
        while (i < text.length()) {
            int length = safeLength(text, i, multiLine);
            if (length == 0) {
                out.append(REPLACEMENT);
                i++;
            } else {
                out.append(text, i, i + length);
                i += length;
            }
        }
        return out.toString();
    }

    /** The code point at {@code index} as {@code U+XXXX}, for messages; a lone surrogate is shown as itself. */
    public static String describe(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    /** Chars of the safe character at {@code i} (1 or 2), or 0 when the character there is unsafe. */
    private static int safeLength(String text, int i, boolean multiLine) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                return isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1))) ? 0 : 2;
            }
            return 0;
        }
        if (Character.isLowSurrogate(c) || isNoncharacter(c)) {
            return 0;
        }
        if (Character.isISOControl(c)) {
            return multiLine && (c == '\n' || c == '\t') ? 1 : 0;
        }
        return 1;
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
