package dev.postmortem.jira.storage;

import dev.postmortem.core.decision.ReminderPolicy;

import java.util.Objects;
import java.util.Optional;

/**
 * A project's settings for the decision at the soak's end (issue 13): after how many business days undecided
 * actions are reminded about, and the resolution a dropped action is resolved with (Jira's resolution id; empty
 * until the admin picks one, when dropping is refused with a message that says so).
 */
public record DecisionSettings(int reminderBusinessDays, Optional<String> notDoingResolutionId) {

    public static final DecisionSettings DEFAULTS =
            new DecisionSettings(ReminderPolicy.DEFAULT_BUSINESS_DAYS, Optional.empty());

    public DecisionSettings {
        Objects.requireNonNull(notDoingResolutionId, "notDoingResolutionId");
    }
}
