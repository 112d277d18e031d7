package dev.postmortem.jira.admin;

/**
 * A workflow transition that uses the soak gate: whether it has the condition (hides the transition while soaking)
 * and the validator (refuses it, also for REST, automation and bulk changes, which do not ask conditions).
 */
public final class GateTransition {

    private final String workflow;
    private final String transition;
    private final boolean condition;
    private final boolean validator;

    GateTransition(String workflow, String transition, boolean condition, boolean validator) {
        this.workflow = workflow;
        this.transition = transition;
        this.condition = condition;
        this.validator = validator;
    }

    public String getWorkflow() {
        return workflow;
    }

    public String getTransition() {
        return transition;
    }

    public boolean isCondition() {
        return condition;
    }

    public boolean isValidator() {
        return validator;
    }

    /** Gated in the UI only: a REST call or an automation rule can run it while the soak lasts. */
    public boolean isBypassable() {
        return condition && !validator;
    }
}
