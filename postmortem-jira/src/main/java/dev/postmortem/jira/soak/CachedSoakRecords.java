package dev.postmortem.jira.soak;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheFactory;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.SoakPolicyStore;

import java.util.List;
import java.util.Objects;

/**
 * {@link SoakRecords} through Atlassian Cache, so the workflow condition never queries Active Objects once warm.
 *
 * <p>Cluster-safe: both caches replicate by invalidation, and each node reloads from the database through its
 * loader. Whoever writes a policy or an override must call {@link #policyChanged}, {@link #sitePolicyChanged}
 * or {@link #overridesChanged} after the write, on the node that wrote: the invalidation reaches every node.
 * Values are immutable core records and lists; the caches only hold what the stores would return.
 */
public class CachedSoakRecords implements SoakRecords {

    static final String POLICY_CACHE = CachedSoakRecords.class.getName() + ".policyByProject";
    static final String OVERRIDE_CACHE = CachedSoakRecords.class.getName() + ".overridesByAction";

    private final Cache<Long, SoakPolicy> policies;
    private final Cache<Long, List<OverrideRecord>> overrides;

    public CachedSoakRecords(CacheFactory cacheFactory, CacheSettings settings, SoakPolicyStore policyStore,
            OverrideLog overrideLog) {
        Objects.requireNonNull(policyStore, "policyStore");
        Objects.requireNonNull(overrideLog, "overrideLog");
        this.policies = cacheFactory.getCache(POLICY_CACHE, policyStore::effectiveFor, settings);
        this.overrides = cacheFactory.getCache(OVERRIDE_CACHE,
                actionIssueId -> overrideLog.historyFor(actionIssueId).stream()
                        .filter(record -> record.revocation().isEmpty())
                        .sorted((a, b) -> Long.compare(a.id(), b.id()))
                        .toList(),
                settings);
    }

    /** The settings both caches use; a static factory so Spring XML can pass them (and tests a mock). */
    public static CacheSettings cacheSettings() {
        return new CacheSettingsBuilder()
                .replicateViaInvalidation()
                .maxEntries(10_000)
                .build();
    }

    @Override
    public SoakPolicy policyFor(long projectId) {
        return policies.get(projectId);
    }

    @Override
    public List<OverrideRecord> overridesFor(long actionIssueId) {
        return overrides.get(actionIssueId);
    }

    /** Call after saving or removing a project's own policy. */
    public void policyChanged(long projectId) {
        policies.remove(projectId);
    }

    /** Call after saving the site default: every project without its own policy follows it. */
    public void sitePolicyChanged() {
        policies.removeAll();
    }

    /** Call after recording or revoking an override on this action. */
    public void overridesChanged(long actionIssueId) {
        overrides.remove(actionIssueId);
    }
}
