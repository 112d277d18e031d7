package dev.postmortem.core.language;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the blameless-language check, as read from a {@code blame-rules*.properties} file.
 *
 * @param id               rule id; the message key is {@code postmortem.language.rule.<id>}
 * @param phrases          the phrases as written in the rules file
 * @param question         question id; the key is {@code postmortem.language.question.<question>}
 * @param subject          whose clause the phrase must be in to be flagged
 * @param participle       only flagged when a past participle follows ("should have paged", not "should have alerts")
 * @param unlessFollowedBy not flagged when the word after the match is one of these (normalised words)
 * @param unlessPrecededBy not flagged when the word before the match is one of these (normalised words)
 */
public record BlameRule(String id, List<String> phrases, String question, Subject subject, boolean participle,
                        Set<String> unlessFollowedBy, Set<String> unlessPrecededBy) {

    static final String MESSAGE_PREFIX = "postmortem.language.rule.";
    static final String QUESTION_PREFIX = "postmortem.language.question.";

    /** Who or what the clause around the phrase must be about for the phrase to be a finding. */
    public enum Subject {
        /** Always a finding, unless negated ("nobody was careless"), quoted or code. */
        ANY,
        /** Only when the subject of the clause is a person or people ("we should have", not "the alert should have"). */
        PERSON,
        /** Only when the subject after the phrase is a person ("why didn't we", not "why didn't the alert"). */
        PERSON_AFTER,
        /** Only when a person word stands in the clause before the phrase, unless negated. */
        PERSON_IN_CLAUSE;

        static Subject parse(String value) {
            return switch (value.strip()) {
                case "", "any" -> ANY;
                case "person" -> PERSON;
                case "personAfter" -> PERSON_AFTER;
                case "personInClause" -> PERSON_IN_CLAUSE;
                default -> throw new IllegalArgumentException("unknown subject: " + value);
            };
        }
    }

    public BlameRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(subject, "subject");
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
