package dev.postmortem.jira.storage;

/** Per-project {@link DecisionSettings}; a project that never saved any has {@link DecisionSettings#DEFAULTS}. */
public interface DecisionSettingsStore {

    DecisionSettings forProject(long projectId);

    void save(long projectId, DecisionSettings settings);
}
