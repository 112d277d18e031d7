package dev.postmortem.jira.decision;

import dev.postmortem.core.decision.Choice;

import java.util.List;
import java.util.Objects;

/**
 * What became of one decision: applied, or refused with a problem. A problem is either one of our message keys with
 * its arguments, or the messages Jira itself gave (already in the user's language) under
 * {@link #REFUSED_BY_JIRA_KEY}.
 *
 * @param actionId     the action decided
 * @param choice       what was asked
 * @param applied      whether it happened (a keep is always applied: it changes nothing)
 * @param notFound     refused because the action is not one of the postmortem's actions the user may browse: says
 *                     nothing more, whether it exists or not
 * @param messageKey   the problem's key; null when applied
 * @param args         the problem's arguments
 * @param hostMessages Jira's own messages for a transition it refused; empty otherwise
 */
public record DecisionOutcome(long actionId, Choice choice, boolean applied, boolean notFound, String messageKey,
        List<Object> args, List<String> hostMessages) {

    static final String NOT_FOUND_KEY = "postmortem.jira.decision.problem.notFound";
    static final String REFUSED_BY_JIRA_KEY = "postmortem.jira.decision.problem.refusedByJira";

    public DecisionOutcome {
        Objects.requireNonNull(choice, "choice");
        args = List.copyOf(args);
        hostMessages = List.copyOf(hostMessages);
        if (applied != (messageKey == null)) {
            throw new IllegalArgumentException("a problem exactly when not applied");
        }
    }

    static DecisionOutcome applied(long actionId, Choice choice) {
        return new DecisionOutcome(actionId, choice, true, false, null, List.of(), List.of());
    }

    static DecisionOutcome refused(long actionId, Choice choice, String messageKey, Object... args) {
        return new DecisionOutcome(actionId, choice, false, false, messageKey, List.of(args), List.of());
    }

    static DecisionOutcome notFound(long actionId, Choice choice) {
        return new DecisionOutcome(actionId, choice, false, true, NOT_FOUND_KEY, List.of(), List.of());
    }

    static DecisionOutcome refusedByJira(long actionId, Choice choice, String actionKey, List<String> messages) {
        return new DecisionOutcome(actionId, choice, false, false, REFUSED_BY_JIRA_KEY,
                List.of(actionKey, String.join(" ", messages)), messages);
    }

    /** Whether Jira refused the transition (the user's permission, a condition or validator of the workflow). */
    public boolean refusedByJira() {
        return REFUSED_BY_JIRA_KEY.equals(messageKey);
    }
}
