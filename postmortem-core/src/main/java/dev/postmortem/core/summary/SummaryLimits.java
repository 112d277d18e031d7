package dev.postmortem.core.summary;

import dev.postmortem.core.narrative.UnsafeCharacters;

/**
 * How much of each part a {@link DebriefSummary} holds, so that no data a user can write makes the summary
 * unreadable: its JSON stays far below {@link SummaryJson#MAX_INPUT_JSON_CHARS} and its rendered HTML far below
 * the 2 MiB a Confluence macro may produce. The summary is a view; the whole postmortem stays in Jira.
 * <ul>
 *   <li>Each text is cut to its limit and ends with "…" when cut ({@link #ELLIPSIS}).</li>
 *   <li>The narrative's texts (timeline authors and account names included) share {@link #MAX_NARRATIVE_CHARS}
 *       in the order the summary shows them; the actions' texts share {@link #MAX_ACTIONS_CHARS}. Once a share is
 *       used up, the next text is cut and the items after it are left out.</li>
 *   <li>Items beyond a list's limit, or left out for the share, are counted in {@link SummaryOmissions}, and the
 *       summary shows "and n more".</li>
 *   <li>Unsafe characters ({@link UnsafeCharacters}) are replaced by U+FFFD.</li>
 * </ul>
 * Lengths are UTF-16 chars; a cut never splits a character in two.
 */
public final class SummaryLimits {

    /** What a cut text ends with. */
    public static final String ELLIPSIS = "\u2026";

    /** One-line values: keys, names, roles, status names, the title, an action's summary, a message argument. */
    public static final int MAX_LABEL_CHARS = 255;
    /** The issue URL. */
    public static final int MAX_URL_CHARS = 2_000;
    /** One text of the narrative (what happened, a timeline text, an account's answer, a factor, a learning). */
    public static final int MAX_TEXT_CHARS = 10_000;
    /** Why an action is not being done (the latest comment on it). */
    public static final int MAX_REASON_CHARS = 500;
    /** All texts of the narrative together. */
    public static final int MAX_NARRATIVE_CHARS = 60_000;
    /** All texts of the actions together. */
    public static final int MAX_ACTIONS_CHARS = 60_000;

    public static final int MAX_TIMELINE_ENTRIES = 200;
    public static final int MAX_ACCOUNTS = 50;
    public static final int MAX_CONTRIBUTING_FACTORS = 50;
    public static final int MAX_LEARNINGS = 50;
    public static final int MAX_ACTIONS = 100;
    /** Incidents named in the "postmortem of" line; one is usual, more are shown as "and n more". */
    public static final int MAX_INCIDENTS = 10;
    public static final int MAX_MESSAGE_ARGS = 10;

    private SummaryLimits() {
    }

    /** {@code text} made safe and cut to {@code limit} chars, the ellipsis included; null stays null. */
    static String cut(String text, int limit) {
        if (text == null) {
            return null;
        }
        // Cut first, then replace: replacing keeps the length, and a huge text is never scanned whole.
        if (text.length() <= limit) {
            return UnsafeCharacters.replace(text, true);
        }
        if (limit <= 0) {
            return ELLIPSIS;
        }
        int end = limit - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return UnsafeCharacters.replace(text.substring(0, end), true) + ELLIPSIS;
    }

    /** A share of chars that texts are taken from in order. Not thread-safe: one per summary. */
    static final class Budget {

        private int left;

        Budget(int chars) {
            this.left = chars;
        }

        boolean exhausted() {
            return left <= 0;
        }

        /** {@code text} cut to {@code limit} and to what is left of the share, which it then uses. */
        String take(String text, int limit) {
            if (text == null) {
                return null;
            }
            String taken = cut(text, Math.min(limit, Math.max(left, 1)));
            left -= taken.length();
            return taken;
        }
    }
}
