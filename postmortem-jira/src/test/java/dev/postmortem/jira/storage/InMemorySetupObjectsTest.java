package dev.postmortem.jira.storage;

/** The setup objects contract on the in-memory twin the other tests use. */
public class InMemorySetupObjectsTest extends SetupObjectsContractTest {

    @Override
    protected SetupObjects newSetupObjects() {
        return new InMemorySetupObjects();
    }
}
