package dev.postmortem.jira.storage;

/** The storage contract on the in-memory twins the other tests use, so they behave as the AO stores do. */
public class InMemoryStorageTest extends StorageContractTest {

    @Override
    protected SoakPolicyStore newPolicyStore() {
        return new InMemorySoakPolicyStore();
    }

    @Override
    protected OverrideLog newOverrideLog() {
        return new InMemoryOverrideLog();
    }

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new InMemoryProcessEventLog();
    }
}
