package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakPolicy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SoakPolicyStore} in memory, for tests of the code that uses it; {@link InMemoryStorageTest} runs the AO
 * store's contract on it. Refuses what the table cannot hold exactly, as {@link AoSoakPolicyStore} does.
 */
public class InMemorySoakPolicyStore implements SoakPolicyStore {

    private final Map<Long, SoakPolicy> projects = new ConcurrentHashMap<>();
    private volatile SoakPolicy siteDefault;
    private int saves;

    @Override
    public Optional<SoakPolicy> siteDefault() {
        return Optional.ofNullable(siteDefault);
    }

    @Override
    public void saveSiteDefault(SoakPolicy policy) {
        SoakPolicyCodec.columns(policy);
        siteDefault = policy;
        saves++;
    }

    @Override
    public Optional<SoakPolicy> forProject(long projectId) {
        return Optional.ofNullable(projects.get(projectId));
    }

    @Override
    public void saveForProject(long projectId, SoakPolicy policy) {
        SoakPolicyCodec.columns(policy);
        projects.put(projectId, policy);
        saves++;
    }

    @Override
    public boolean removeForProject(long projectId) {
        return projects.remove(projectId) != null;
    }

    /** How many policies were saved (site default and projects): "nothing written" in state. */
    public int saves() {
        return saves;
    }
}
