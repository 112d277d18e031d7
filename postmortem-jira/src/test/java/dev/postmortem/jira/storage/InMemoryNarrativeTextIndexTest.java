package dev.postmortem.jira.storage;

/** The narrative text index contract on the in-memory twin the other tests use. */
public class InMemoryNarrativeTextIndexTest extends NarrativeTextIndexContractTest {

    @Override
    protected NarrativeTextIndex newIndex() {
        return new InMemoryNarrativeTextIndex();
    }
}
