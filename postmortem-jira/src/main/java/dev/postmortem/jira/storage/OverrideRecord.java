package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.PostmortemOverride;
import dev.postmortem.core.soak.SoakOverride;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the override audit log: the core {@link SoakOverride} (reason, who, when) plus what it applies to
 * and its life cycle. {@code expiresAt}, {@code revokedAt} and {@code revokedBy} may be null.
 */
public record OverrideRecord(long id, long actionIssueId, long postmortemIssueId, SoakOverride override,
        Instant expiresAt, Instant revokedAt, String revokedBy) {

    public OverrideRecord {
        Objects.requireNonNull(override, "override");
    }

    /** What the core decides with: the override, the postmortem it skips the soak of, and its life cycle. */
    public PostmortemOverride forPostmortem() {
        return new PostmortemOverride(postmortemIssueId, id, override, expiresAt, revokedAt);
    }

    public Optional<Instant> expiry() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> revocation() {
        return Optional.ofNullable(revokedAt);
    }
}
