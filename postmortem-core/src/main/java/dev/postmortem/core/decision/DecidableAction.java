package dev.postmortem.core.decision;

import dev.postmortem.core.actions.ActionState;

import java.util.Objects;
import java.util.Optional;

/**
 * One action of a postmortem as the decision rules see it.
 *
 * @param actionId    the host's id of the action
 * @param state       its state now
 * @param assigneeKey the user key of its assignee; null or blank when unassigned
 * @param decision    the latest decision recorded for it; null when none was
 */
public record DecidableAction(long actionId, ActionState state, String assigneeKey, RecordedDecision decision) {

    public DecidableAction {
        Objects.requireNonNull(state, "state");
        if (assigneeKey != null && assigneeKey.isBlank()) {
            assigneeKey = null;
        }
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assigneeKey);
    }

    public Optional<RecordedDecision> recordedDecision() {
        return Optional.ofNullable(decision);
    }
}
