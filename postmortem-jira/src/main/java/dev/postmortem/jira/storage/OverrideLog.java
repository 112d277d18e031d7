package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakOverride;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The audit log of soak overrides. Nothing is ever deleted: an override ends by expiry or revocation. */
public interface OverrideLog {

    /**
     * Records that {@code override.byUserKey()} let the action be committed before the postmortem's soak ended.
     *
     * @param expiresAt null: until revoked
     */
    OverrideRecord record(long actionIssueId, long postmortemIssueId, SoakOverride override, Instant expiresAt);

    /** Every override ever recorded on the action, newest first (the audit view). */
    List<OverrideRecord> historyFor(long actionIssueId);

    /** @return false when there is no such override or it was already revoked (the first revocation stands) */
    boolean revoke(long overrideId, String byUserKey, Instant at);

    /**
     * Every override ever recorded for these postmortems (revoked and expired ones too: they happened), newest
     * first. For the process view, which counts them per postmortem.
     */
    List<OverrideRecord> forPostmortems(Collection<Long> postmortemIssueIds);
}
