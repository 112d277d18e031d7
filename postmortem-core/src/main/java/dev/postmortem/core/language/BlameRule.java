package dev.postmortem.core.language;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the blameless-language check, as read from {@code blame-rules.properties}.
 *
 * @param id               rule id; the message key is {@code postmortem.language.rule.<id>}
 * @param phrases          the phrases as written in the rules file
 * @param question         question id; the key is {@code postmortem.language.question.<question>}
 * @param systemExempt     not flagged when the word before the match is a system noun
 * @param unlessFollowedBy not flagged when the word after the match is one of these (normalised words)
 * @param unlessPrecededBy not flagged when the word before the match is one of these (normalised words)
 */
public record BlameRule(String id, List<String> phrases, String question, boolean systemExempt,
                        Set<String> unlessFollowedBy, Set<String> unlessPrecededBy) {

    static final String MESSAGE_PREFIX = "postmortem.language.rule.";
    static final String QUESTION_PREFIX = "postmortem.language.question.";

    public BlameRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        phrases = List.copyOf(phrases);
        unlessFollowedBy = Set.copyOf(unlessFollowedBy);
        unlessPrecededBy = Set.copyOf(unlessPrecededBy);
    }

    public String messageKey() {
        return MESSAGE_PREFIX + id;
    }

    public String questionKey() {
        return QUESTION_PREFIX + question;
    }
}
