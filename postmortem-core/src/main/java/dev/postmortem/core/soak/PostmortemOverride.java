package dev.postmortem.core.soak;

import java.time.Instant;
import java.util.Objects;

/**
 * An override as the audit log holds it: recorded against the soak of one linked postmortem, and honoured only
 * while it is active.
 *
 * @param postmortemId the linked postmortem whose soak it skips (the host's issue id)
 * @param recordId     the audit log's id; orders overrides recorded at the same instant (higher is newer)
 * @param override     who decided, why and when
 * @param expiresAt    when it stops being honoured; null: never
 * @param revokedAt    when it was revoked; null: not revoked
 */
public record PostmortemOverride(long postmortemId, long recordId, SoakOverride override, Instant expiresAt,
        Instant revokedAt) {

    public PostmortemOverride {
        Objects.requireNonNull(override, "override");
    }

    /**
     * Honoured at {@code now}: not revoked (whenever that was), and not expired. The expiry is exclusive, like the
     * soak end is inclusive: at {@code now == expiresAt} the override is over.
     */
    public boolean isActiveAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
