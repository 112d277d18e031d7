package dev.postmortem.core.narrative;

/**
 * Normalises user text the same way everywhere in the model: line endings become LF and the ends are trimmed.
 * Nothing else is changed and nothing is ever cut: text over a limit is a validation problem, not a truncation.
 */
final class TextNormalisation {

    private TextNormalisation() {
    }

    /** Absent text is the empty string, so every text component of the model is non-null. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
