package dev.postmortem.jira.setup;

/**
 * One idempotent piece of setup. Implementations look before they create, so running a step again after it
 * succeeded returns {@link StepResult.Outcome#UNCHANGED}. A step may throw: the runner records the failure and
 * carries on with the next step.
 */
public interface SetupStep {

    /** Stable, log-friendly identifier, e.g. {@code "issue-type"}. */
    String id();

    StepResult ensure();
}
