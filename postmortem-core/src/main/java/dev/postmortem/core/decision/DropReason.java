package dev.postmortem.core.decision;

import dev.postmortem.core.narrative.Problem;
import dev.postmortem.core.narrative.UnsafeCharacters;
import dev.postmortem.core.summary.SummaryLimits;

import java.util.List;
import java.util.Objects;

/**
 * Why a proposed action is dropped: required, line endings made LF (as in the narrative), stripped of leading and
 * trailing blanks, at most
 * {@link #MAX_CHARS} characters, and free of the characters {@link UnsafeCharacters} refuses (line breaks and
 * tabs are allowed). The host keeps it as a comment on the action and in the process log, and the summary shows
 * it.
 *
 * <p>{@link #problems(String, String)} checks a person's input and says what is wrong as translated-message keys;
 * the constructor takes only text that passes (anything else is a programming error).
 */
public record DropReason(String text) {

    /**
     * The summary shows an action's "not doing" reason up to 500 characters ({@code SummaryLimits.MAX_REASON_CHARS});
     * a reason is refused above that rather than stored and shown cut.
     */
    public static final int MAX_CHARS = SummaryLimits.MAX_REASON_CHARS;

    public DropReason {
        Objects.requireNonNull(text, "text");
        List<Problem> problems = problems(text, "reason");
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).messageKey());
        }
        text = clean(text);
    }

    /**
     * What is wrong with {@code raw} as a drop reason, each problem at {@code path}; empty when it is a valid
     * reason. Null counts as empty. Length is counted in UTF-16 chars after stripping, as the narrative counts.
     */
    public static List<Problem> problems(String raw, String path) {
        Objects.requireNonNull(path, "path");
        String stripped = raw == null ? "" : clean(raw);
        if (stripped.isEmpty()) {
            return List.of(Problem.of(path, DecisionMessages.REASON_REQUIRED));
        }
        if (stripped.length() > MAX_CHARS) {
            // Checked before the characters: a huge paste gets the message that helps first.
            return List.of(Problem.of(path, DecisionMessages.REASON_TOO_LONG, MAX_CHARS, stripped.length()));
        }
        int at = UnsafeCharacters.firstUnsafe(stripped, true);
        if (at >= 0) {
            String key = Character.isISOControl(stripped.charAt(at))
                    ? DecisionMessages.REASON_CONTROL_CHARACTER : DecisionMessages.REASON_INVALID_CHARACTER;
            return List.of(Problem.of(path, key, UnsafeCharacters.describe(stripped, at)));
        }
        return List.of();
    }

    /** CRLF and CR become LF, so a reason typed on any system is not refused for its line ends; then stripped. */
    private static String clean(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
