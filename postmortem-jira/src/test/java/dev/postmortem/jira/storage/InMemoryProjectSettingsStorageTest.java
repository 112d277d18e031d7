package dev.postmortem.jira.storage;

/** The project settings storage contract on the in-memory twins the other tests use. */
public class InMemoryProjectSettingsStorageTest extends ProjectSettingsStorageContractTest {

    @Override
    protected DecisionSettingsStore newDecisionSettingsStore() {
        return new InMemoryDecisionSettingsStore();
    }

    @Override
    protected SettingsChangeLog newSettingsChangeLog() {
        return new InMemorySettingsChangeLog();
    }
}
