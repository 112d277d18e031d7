package dev.postmortem.jira.storage;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.junit.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The setup objects contract on {@link AoSetupObjects}, plus the duplicate row two nodes racing leave behind (AO-only:
 * the in-memory twin has no rows). Subclasses choose the database (H2, PostgreSQL) with the AO runner's annotations;
 * the runner injects {@link #entityManager} and rolls each test back.
 */
public abstract class AoSetupObjectsContractTest extends SetupObjectsContractTest {

    protected EntityManager entityManager;

    @Override
    protected SetupObjects newSetupObjects() {
        return new AoSetupObjects(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void aDuplicateRowIsReadAsTheOldestAndRemovedByTheNextWrite() throws Exception {
        entityManager.create(SetupObjectEntity.class, new DBParam(SetupObjectEntity.COLUMN_ROLE_NAME, "issue-type"),
                new DBParam(SetupObjectEntity.COLUMN_OBJECT_ID, "10001"));
        entityManager.create(SetupObjectEntity.class, new DBParam(SetupObjectEntity.COLUMN_ROLE_NAME, "issue-type"),
                new DBParam(SetupObjectEntity.COLUMN_OBJECT_ID, "10002"));

        assertThat(objects.idOf("issue-type")).contains("10001");
        assertThat(objects.remember("issue-type", "10001")).as("the duplicate is removed").isTrue();
        assertThat(entityManager.find(SetupObjectEntity.class)).hasSize(1);
    }
}
