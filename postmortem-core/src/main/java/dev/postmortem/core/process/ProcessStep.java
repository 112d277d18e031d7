package dev.postmortem.core.process;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a postmortem's process. A list of steps is in <em>record order</em> (the order they were
 * written), which is not always the order of their times: a corrected debrief may name an earlier time than the
 * one it replaces.
 *
 * @param at       the time the step names: the debrief's time, the soak's end, the commit
 * @param actorKey the user key of who did it; null for steps nobody did (a soak that ended) or nobody recorded
 */
public record ProcessStep(Kind kind, Instant at, String actorKey) {

    /** The kinds of step a postmortem's process consists of. */
    public enum Kind {
        /** "Debrief held at" was set or changed: the debrief took place at {@code at}. */
        DEBRIEF_HELD,
        /** "Debrief held at" was emptied: there is no current debrief until the next DEBRIEF_HELD. */
        DEBRIEF_CLEARED,
        /** The soak of the debrief that was current when this was recorded ended at {@code at}. */
        SOAK_ENDED,
        /** An action of the postmortem was committed at {@code at}. */
        ACTION_COMMITTED
    }

    public ProcessStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
