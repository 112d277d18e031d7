package dev.postmortem.jira.storage;

import net.java.ao.EntityManager;

/**
 * The process view's reads on the Active Objects stores. Subclasses choose the database (H2, PostgreSQL) with the AO
 * runner's annotations; the runner injects {@link #entityManager} and rolls each test back.
 */
public abstract class AoProcessViewStorageContractTest extends ProcessViewStorageContractTest {

    protected EntityManager entityManager;

    @Override
    protected ProcessEventLog newProcessEventLog() {
        return new AoProcessEventLog(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected OverrideLog newOverrideLog() {
        return new AoOverrideLog(new EntityManagerActiveObjects(entityManager));
    }
}
