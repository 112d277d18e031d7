package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;

import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up action linked to the postmortem (only those the caller may browse).
 *
 * @param issueKey       key of the action issue
 * @param summary        the action issue's summary
 * @param state          its follow-up state
 * @param statusName     its workflow status name, as Jira shows it
 * @param notDoingReason why it will not be done; optional, meaningful for {@link ActionState#NOT_DOING}
 */
public record SummaryAction(String issueKey, String summary, ActionState state, String statusName, String notDoingReason) {
    public SummaryAction {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(statusName, "statusName");
    }

    public Optional<String> notDoingReasonIfGiven() {
        return Optional.ofNullable(notDoingReason);
    }
}
