package dev.postmortem.jira.storage;

/** The process view's reads on the in-memory twins the other tests use. */
public class InMemoryProcessViewStorageTest extends ProcessViewStorageContractTest {

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new InMemoryProcessEventLog();
    }

    @Override
    protected OverrideLog newOverrideLog() {
        return new InMemoryOverrideLog();
    }
}
