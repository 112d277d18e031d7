package dev.postmortem.core.language;

import java.util.List;
import java.util.Objects;

/**
 * One piece of blame or hindsight phrasing in a text.
 *
 * @param offset      UTF-16 index of the first char of the match in the original text (as {@code String.substring})
 * @param length      length of the match in UTF-16 chars, in the original text
 * @param ruleId      the rule that matched ({@code shouldHave})
 * @param messageKey  i18n key explaining the finding; its one argument is {@link #matchedText()}
 * @param questionKey i18n key of a question that helps to rewrite the sentence without blame
 * @param matchedText the original text of the match, exactly as written
 */
public record Finding(int offset, int length, String ruleId, String messageKey, String questionKey, String matchedText) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(questionKey, "questionKey");
        Objects.requireNonNull(matchedText, "matchedText");
        if (offset < 0 || length <= 0 || matchedText.length() != length) {
            throw new IllegalArgumentException("offset/length do not describe matchedText");
        }
    }

    public int end() {
        return offset + length;
    }

    public List<Object> messageArgs() {
        return List.of(matchedText);
    }
}
