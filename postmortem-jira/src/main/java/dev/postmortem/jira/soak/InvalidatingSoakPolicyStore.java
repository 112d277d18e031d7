package dev.postmortem.jira.soak;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.SoakPolicyStore;

import java.util.Objects;
import java.util.Optional;

/**
 * The soak policy store as every other feature sees it: the Active Objects store, plus invalidation of the soak
 * gate's cached policies after each write, on every node. It is the bean {@code soakPolicyStore} of
 * postmortem-soak.xml and the only {@link SoakPolicyStore} that is an autowiring candidate, so every component (the
 * policy REST resource, setup's site default, the summary) writes through it and the condition never keeps
 * enforcing an old policy; only the cache's loader and this class read the plain store.
 */
public class InvalidatingSoakPolicyStore implements SoakPolicyStore {

    private final SoakPolicyStore store;
    private final CachedSoakRecords records;

    public InvalidatingSoakPolicyStore(SoakPolicyStore store, CachedSoakRecords records) {
        this.store = Objects.requireNonNull(store, "store");
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public Optional<SoakPolicy> siteDefault() {
        return store.siteDefault();
    }

    @Override
    public void saveSiteDefault(SoakPolicy policy) {
        try {
            store.saveSiteDefault(policy);
        } finally {
            records.sitePolicyChanged();
        }
    }

    @Override
    public Optional<SoakPolicy> forProject(long projectId) {
        return store.forProject(projectId);
    }

    @Override
    public void saveForProject(long projectId, SoakPolicy policy) {
        try {
            store.saveForProject(projectId, policy);
        } finally {
            records.policyChanged(projectId);
        }
    }

    @Override
    public boolean removeForProject(long projectId) {
        try {
            return store.removeForProject(projectId);
        } finally {
            records.policyChanged(projectId);
        }
    }

    @Override
    public SoakPolicy effectiveFor(long projectId) {
        return store.effectiveFor(projectId);
    }
}
