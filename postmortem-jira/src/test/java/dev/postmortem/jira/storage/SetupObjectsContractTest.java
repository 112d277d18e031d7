package dev.postmortem.jira.storage;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.junit.Before;
import org.junit.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link AoSetupObjects} on a real database. Subclasses choose the database (H2, PostgreSQL) with the AO runner's
 * annotations; the runner injects {@link #entityManager} and rolls each test back.
 */
public abstract class SetupObjectsContractTest {

    protected EntityManager entityManager;

    private SetupObjects objects;

    @Before
    public void objects() {
        objects = new AoSetupObjects(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void aRoleIsUnknownUntilRememberedAndThenReadBack() {
        assertThat(objects.idOf("link-type")).isEmpty();

        assertThat(objects.remember("link-type", "10200")).isTrue();

        assertThat(objects.idOf("link-type")).contains("10200");
        assertThat(objects.idOf("issue-type")).isEmpty();
    }

    @Test
    public void rememberingTheSameIdAgainWritesNothingAndANewIdReplacesTheOld() {
        objects.remember("narrative-field", "customfield_10300");

        assertThat(objects.remember("narrative-field", "customfield_10300")).isFalse();
        assertThat(objects.remember("narrative-field", "customfield_10400")).isTrue();
        assertThat(objects.idOf("narrative-field")).contains("customfield_10400");
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

    @Test
    public void blankOrOverlongRolesAndIdsAreRefusedBeforeTheDatabase() throws Exception {
        assertThatThrownBy(() -> objects.remember(" ", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role");
        assertThatThrownBy(() -> objects.remember("link-type", "9".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objectId");
        assertThatThrownBy(() -> objects.idOf(null)).isInstanceOf(NullPointerException.class).hasMessage("role");
        assertThat(entityManager.find(SetupObjectEntity.class).length).isZero();
    }
}
