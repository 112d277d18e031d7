package dev.postmortem.core.actions;

/** The life of a follow-up: proposed in the debrief, committed only after soak, or dropped with a reason. */
public enum ActionState {
    PROPOSED,
    COMMITTED,
    NOT_DOING,
    DONE
}
