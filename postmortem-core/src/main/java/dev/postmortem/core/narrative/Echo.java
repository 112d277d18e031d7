package dev.postmortem.core.narrative;

/**
 * How an error message shows a value the user or another app sent: as written, but never more than
 * {@link #MAX_CHARS} chars. A longer value is cut at a character boundary and ends with "…", so a pasted novel
 * never travels whole into a message, a page or a log line. Every core error that echoes a value goes through
 * here ({@link Problem} and {@code SummaryFormatException} apply it to their text arguments too).
 */
public final class Echo {

    /** Most chars of an echoed value, the ellipsis included. */
    public static final int MAX_CHARS = 80;

    private Echo() {
    }

    /** The value, or its first chars and "…" when it is longer than {@link #MAX_CHARS}; null stays null. */
    public static String of(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return value;
        }
        int end = MAX_CHARS - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "\u2026";
    }

    /** Text arguments cut as by {@link #of(String)}; any other argument (numbers, instants) as it is. */
    public static Object argument(Object argument) {
        return argument instanceof CharSequence text ? of(text.toString()) : argument;
    }
}
