package dev.postmortem.core.soak;

import dev.postmortem.core.InvalidInput;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's audited decision to commit before the soak has passed. A reason is required: the override is
 * meant to be rare and explained. {@code at} is when it was recorded, kept for the audit trail; the clock
 * honours an override whatever its timestamp.
 */
public record SoakOverride(String reason, String byUserKey, Instant at) {

    public SoakOverride {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(byUserKey, "byUserKey");
        Objects.requireNonNull(at, "at");
        if (reason.isBlank()) {
            throw new InvalidInput("postmortem.soak.override.reasonRequired");
        }
        if (byUserKey.isBlank()) {
            throw new InvalidInput("postmortem.soak.override.userRequired");
        }
        reason = reason.strip();
    }
}
