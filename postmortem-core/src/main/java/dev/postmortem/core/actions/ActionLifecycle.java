package dev.postmortem.core.actions;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The transitions a follow-up action may take:
 * <pre>
 *   PROPOSED  -> COMMITTED   only when the soak allows it (the caller asks the soak clock and passes the answer)
 *   PROPOSED  -> NOT_DOING   a reason is required
 *   COMMITTED -> DONE
 *   COMMITTED -> NOT_DOING   a reason is required
 *   NOT_DOING -> PROPOSED    reopen
 * </pre>
 * Everything else, including staying in the same state and anything out of DONE, is refused with
 * {@code postmortem.actions.transition.notAllowed}. State names in message arguments are the enum names;
 * their labels are {@code postmortem.actions.state.<NAME>}.
 */
public final class ActionLifecycle {

    /** Longest accepted "not doing" reason, in chars; a reason is a sentence or two, not a document. */
    public static final int MAX_REASON_LENGTH = 2000;

    private static final Map<ActionState, Set<ActionState>> ALLOWED = new EnumMap<>(Map.of(
            ActionState.PROPOSED, EnumSet.of(ActionState.COMMITTED, ActionState.NOT_DOING),
            ActionState.COMMITTED, EnumSet.of(ActionState.DONE, ActionState.NOT_DOING),
            ActionState.NOT_DOING, EnumSet.of(ActionState.PROPOSED),
            ActionState.DONE, EnumSet.noneOf(ActionState.class)));

    private ActionLifecycle() {
    }

    /** The states reachable from {@code from} in one step, ignoring soak and reasons. */
    public static Set<ActionState> nextStates(ActionState from) {
        return Set.copyOf(ALLOWED.get(Objects.requireNonNull(from, "from")));
    }

    /**
     * Decides one transition.
     *
     * @param soakAllowsCommit whether the soak clock allows committing now; only read for PROPOSED → COMMITTED
     * @param reason           why the action will not be done; required (not blank) for → NOT_DOING, may be null otherwise
     */
    public static TransitionDecision decide(ActionState from, ActionState to, boolean soakAllowsCommit, String reason) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!ALLOWED.get(from).contains(to)) {
            return new TransitionDecision.Refused("postmortem.actions.transition.notAllowed", List.of(from.name(), to.name()));
        }
        if (to == ActionState.COMMITTED && !soakAllowsCommit) {
            return new TransitionDecision.Refused("postmortem.actions.transition.soaking", List.of());
        }
        Optional<String> stripped = Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty());
        if (to == ActionState.NOT_DOING) {
            if (stripped.isEmpty()) {
                return new TransitionDecision.Refused("postmortem.actions.transition.reasonRequired", List.of());
            }
            if (stripped.get().length() > MAX_REASON_LENGTH) {
                return new TransitionDecision.Refused("postmortem.actions.transition.reasonTooLong",
                        List.of(MAX_REASON_LENGTH, stripped.get().length()));
            }
        }
        return new TransitionDecision.Allowed(to, stripped);
    }
}
