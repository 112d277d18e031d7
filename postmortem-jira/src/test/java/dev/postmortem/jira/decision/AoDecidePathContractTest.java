package dev.postmortem.jira.decision;

import dev.postmortem.jira.storage.AoDecisionSettingsStore;
import dev.postmortem.jira.storage.AoProcessEventLog;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.EntityManagerActiveObjects;
import dev.postmortem.jira.storage.ProcessEventLog;
import net.java.ao.EntityManager;

/**
 * The decide path on the Active Objects stores. Subclasses choose the database (H2, PostgreSQL) with the AO runner's
 * annotations; the runner injects {@link #entityManager} and rolls each test back.
 */
public abstract class AoDecidePathContractTest extends DecidePathContractTest {

    protected EntityManager entityManager;

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new AoProcessEventLog(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected DecisionSettingsStore newDecisionSettingsStore() {
        return new AoDecisionSettingsStore(new EntityManagerActiveObjects(entityManager));
    }
}
