package dev.postmortem.jira.soak;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.OverrideRecord;

import java.util.List;

/**
 * The stored inputs of the soak gate: a project's soak policy and an action's overrides. The implementation
 * ({@link CachedSoakRecords}) answers from a cluster-safe cache, so evaluating the gate costs no database query
 * once warm. A failure to read is a {@link RuntimeException}; the gate then fails closed.
 */
public interface SoakRecords {

    /** The project's effective policy (its own, else the site default, else {@link SoakPolicy#DEFAULT}). */
    SoakPolicy policyFor(long projectId);

    /**
     * The action's overrides that were not revoked, oldest first. Expiry is left to the caller
     * (the core's {@code PostmortemOverride.isActiveAt}), so a cached list stays right as time passes.
     */
    List<OverrideRecord> overridesFor(long actionIssueId);
}
