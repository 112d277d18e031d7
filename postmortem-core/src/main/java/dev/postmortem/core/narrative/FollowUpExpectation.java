package dev.postmortem.core.narrative;

import java.util.Objects;
import java.util.Set;

/**
 * The follow-up a failure class implies. Incidents recur: a controllable failure deserves a technical control
 * and a detective alert; a novel one deserves shared learning, and any preventive action proposed for it is
 * optional and should be challenged; a failure of an external dependency deserves detection and graceful
 * degradation.
 *
 * @param failureClass      the class this expectation derives from
 * @param expected          the kinds of follow-up expected
 * @param actionsOptional   whether the incident may close with no action at all
 * @param actionsChallenged whether each proposed action should be questioned before it is committed
 * @param messageKey        i18n key of a one-sentence explanation for the team
 */
public record FollowUpExpectation(
        FailureClass failureClass,
        Set<ExpectedFollowUp> expected,
        boolean actionsOptional,
        boolean actionsChallenged,
        String messageKey) {

    public FollowUpExpectation {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(messageKey, "messageKey");
        expected = Set.copyOf(expected);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("every failure class expects some follow-up");
        }
    }

    /** The expectation for a failure class; the mapping is the product's rule, not configuration. */
    public static FollowUpExpectation of(FailureClass failureClass) {
        return switch (Objects.requireNonNull(failureClass, "failureClass")) {
            case CONTROLLABLE -> new FollowUpExpectation(failureClass,
                    Set.of(ExpectedFollowUp.TECHNICAL_CONTROL, ExpectedFollowUp.DETECTIVE_ALERT),
                    false, false, NarrativeMessages.FOLLOW_UP_CONTROLLABLE);
            case NOVEL -> new FollowUpExpectation(failureClass,
                    Set.of(ExpectedFollowUp.LEARNING_SHARED),
                    true, true, NarrativeMessages.FOLLOW_UP_NOVEL);
            case EXTERNAL_DEPENDENCY -> new FollowUpExpectation(failureClass,
                    Set.of(ExpectedFollowUp.DETECTION, ExpectedFollowUp.GRACEFUL_DEGRADATION),
                    false, false, NarrativeMessages.FOLLOW_UP_EXTERNAL_DEPENDENCY);
        };
    }

    public boolean expects(ExpectedFollowUp followUp) {
        return expected.contains(Objects.requireNonNull(followUp, "followUp"));
    }
}
