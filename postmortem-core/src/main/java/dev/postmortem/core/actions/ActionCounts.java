package dev.postmortem.core.actions;

import dev.postmortem.core.InvalidInput;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many follow-up actions are in each state. Proportionality weighs the {@link #open()} ones: proposed and
 * committed actions still cost the team effort; DONE ones are paid for and NOT_DOING ones were dropped, so
 * neither makes a list heavy.
 */
public record ActionCounts(int proposed, int committed, int notDoing, int done) {

    public static final ActionCounts NONE = new ActionCounts(0, 0, 0, 0);

    public ActionCounts {
        if (proposed < 0 || committed < 0 || notDoing < 0 || done < 0) {
            throw new InvalidInput("postmortem.actions.proportionality.negativeCount");
        }
    }

    /** Counts the states of a list of actions, one state per action; a null state is a programming error. */
    public static ActionCounts of(Collection<ActionState> states) {
        Objects.requireNonNull(states, "states");
        Map<ActionState, Integer> counts = new EnumMap<>(ActionState.class);
        for (ActionState state : states) {
            counts.merge(Objects.requireNonNull(state, "state"), 1, Integer::sum);
        }
        return new ActionCounts(counts.getOrDefault(ActionState.PROPOSED, 0),
                counts.getOrDefault(ActionState.COMMITTED, 0),
                counts.getOrDefault(ActionState.NOT_DOING, 0),
                counts.getOrDefault(ActionState.DONE, 0));
    }

    public int of(ActionState state) {
        return switch (Objects.requireNonNull(state, "state")) {
            case PROPOSED -> proposed;
            case COMMITTED -> committed;
            case NOT_DOING -> notDoing;
            case DONE -> done;
        };
    }

    /** Proposed plus committed: the actions proportionality weighs. */
    public int open() {
        return Math.addExact(proposed, committed);
    }
}
