package dev.postmortem.jira.decision;

import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventLog;

/** The decide path on the in-memory twins the other tests use. */
public class InMemoryDecidePathTest extends DecidePathContractTest {

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new InMemoryProcessEventLog();
    }

    @Override
    protected DecisionSettingsStore newDecisionSettingsStore() {
        return new InMemoryDecisionSettingsStore();
    }
}
