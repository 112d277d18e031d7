package dev.postmortem.core.decision;

import dev.postmortem.core.actions.ActionState;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A postmortem's actions and the end of its current soak (the recorded {@code SOAK_ENDED} of the current
 * debrief, {@code PostmortemProcess.soakEndedAt()}), which is when its decision point came.
 *
 * <p>An action <b>awaits a decision</b> at {@code now} when the soak has ended by then (the end is inclusive, as
 * for the gate), the action is still {@link ActionState#PROPOSED}, and no decision is recorded for it. The last
 * condition covers the moment between recording a decision and the host showing the new state; an action that
 * was decided and later reopened to proposed is not asked about again. Keeping an action proposed records
 * nothing, so a kept action goes on awaiting a decision.
 *
 * @param postmortemId the host's id of the postmortem
 * @param soakEndedAt  null while the soak has not ended (or there is no current debrief)
 * @param actions      in the order the host shows them; each action once
 */
public record PostmortemActions(long postmortemId, Instant soakEndedAt, List<DecidableAction> actions) {

    public PostmortemActions {
        actions = List.copyOf(actions);
        Set<Long> ids = new HashSet<>();
        for (DecidableAction action : actions) {
            if (!ids.add(action.actionId())) {
                throw new IllegalArgumentException("action " + action.actionId() + " listed twice");
            }
        }
    }

    public Optional<Instant> soakEnd() {
        return Optional.ofNullable(soakEndedAt);
    }

    /** Whether the decision point has come: the soak has ended at or before {@code now}. */
    public boolean soakEndedBy(Instant now) {
        Objects.requireNonNull(now, "now");
        return soakEndedAt != null && !now.isBefore(soakEndedAt);
    }

    /** The actions awaiting a decision at {@code now}, in input order; none before the soak has ended. */
    public List<DecidableAction> awaitingDecisionAt(Instant now) {
        if (!soakEndedBy(now)) {
            return List.of();
        }
        return actions.stream()
                .filter(action -> action.state() == ActionState.PROPOSED && action.decision() == null)
                .toList();
    }
}
