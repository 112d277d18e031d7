package dev.postmortem.core.decision;

/**
 * One decision as a person sent it, not yet checked: any field may be missing or wrong.
 *
 * @param actionId the action's id
 * @param choice   null when none was given
 * @param reason   the drop reason as typed; ignored unless the choice is {@link Choice#DROP}
 */
public record DecisionRequest(long actionId, Choice choice, String reason) {
}
