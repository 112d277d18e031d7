package dev.postmortem.jira.storage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DecisionSettingsStore} in memory, for tests of the code that uses it; {@link InMemoryProjectSettingsStorageTest}
 * runs the AO store's contract on it. Refuses what the table cannot hold, as {@link AoDecisionSettingsStore} does.
 */
public class InMemoryDecisionSettingsStore implements DecisionSettingsStore {

    private final Map<Long, DecisionSettings> projects = new ConcurrentHashMap<>();

    @Override
    public DecisionSettings forProject(long projectId) {
        return projects.getOrDefault(projectId, DecisionSettings.DEFAULTS);
    }

    @Override
    public void save(long projectId, DecisionSettings settings) {
        AoDecisionSettingsStore.checkFits(settings);
        projects.put(projectId, settings);
    }

    /** How many projects saved settings of their own (for tests that check nothing was saved). */
    public int projectsSaved() {
        return projects.size();
    }
}
