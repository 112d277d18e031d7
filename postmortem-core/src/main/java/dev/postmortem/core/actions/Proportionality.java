package dev.postmortem.core.actions;

import java.util.List;
import java.util.Objects;

/**
 * Whether a list of actions is proportionate to its incident. A signal for the debrief, never a gate.
 *
 * @param level         OK or HEAVY
 * @param actions       open actions counted (proposed plus committed)
 * @param impactMinutes impact in whole minutes, rounded up
 * @param threshold     the most actions the policy expects for this impact and severity
 */
public record Proportionality(Level level, int actions, long impactMinutes, int threshold) {

    public enum Level { OK, HEAVY }

    public Proportionality {
        Objects.requireNonNull(level, "level");
    }

    public boolean heavy() {
        return level == Level.HEAVY;
    }

    /** {@code postmortem.actions.proportionality.ok} or {@code .heavy}. */
    public String messageKey() {
        return heavy() ? "postmortem.actions.proportionality.heavy" : "postmortem.actions.proportionality.ok";
    }

    /** {0} actions, {1} minutes of impact, {2} threshold. */
    public List<Object> messageArgs() {
        return List.of(actions, impactMinutes, threshold);
    }
}
