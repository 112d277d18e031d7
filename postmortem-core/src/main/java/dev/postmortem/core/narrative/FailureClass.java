package dev.postmortem.core.narrative;

/**
 * What kind of failure an incident was; it sets which follow-up is expected.
 * Incidents recur: a failure we can control or detect deserves a technical control and an alert,
 * a novel one deserves shared learning rather than a pile of preventive work.
 */
public enum FailureClass {
    /** A known failure mode: a technical control and a detective alert are expected. */
    CONTROLLABLE,
    /** Never seen before: the value is what we learned; actions are optional and challenged. */
    NOVEL,
    /** Caused by a dependency outside our control: detection and graceful degradation are expected. */
    EXTERNAL_DEPENDENCY
}
