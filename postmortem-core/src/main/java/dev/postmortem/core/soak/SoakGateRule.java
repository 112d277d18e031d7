package dev.postmortem.core.soak;

import java.util.Objects;

/**
 * Whether a soak gate (a workflow condition or validator, or anything showing what they would do) lets the
 * action move on, given the soak clock's verdict.
 *
 * <p>A committable verdict passes, an override included. {@link SoakVerdict.NoLinkedPostmortem} is not
 * committable (there is no debrief to wait for, and no proof the action came from one), so whether it passes
 * is the gate's own setting: a workflow may allow actions that came from no incident. Every other verdict holds.
 *
 * @param passWithoutPostmortem whether an action with no linked postmortem passes
 */
public record SoakGateRule(boolean passWithoutPostmortem) {

    public boolean passes(SoakVerdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        return verdict.committable()
                || (passWithoutPostmortem && verdict instanceof SoakVerdict.NoLinkedPostmortem);
    }
}
