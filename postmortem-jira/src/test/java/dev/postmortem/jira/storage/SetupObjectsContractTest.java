package dev.postmortem.jira.storage;

import org.junit.Before;
import org.junit.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What setup remembers, whatever stores it: {@link AoSetupObjects} on H2 and PostgreSQL
 * ({@link AoSetupObjectsContractTest}, which adds the database-only duplicate row) and {@link InMemorySetupObjects}
 * ({@link InMemorySetupObjectsTest}).
 */
public abstract class SetupObjectsContractTest {

    protected SetupObjects objects;

    protected abstract SetupObjects newSetupObjects();

    @Before
    public void objects() {
        objects = newSetupObjects();
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
    public void blankOrOverlongRolesAndIdsAreRefusedBeforeTheDatabase() {
        assertThatThrownBy(() -> objects.remember(" ", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role");
        assertThatThrownBy(() -> objects.remember("link-type", "9".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objectId");
        assertThatThrownBy(() -> objects.idOf(null)).isInstanceOf(NullPointerException.class).hasMessage("role");
        assertThat(objects.idOf("link-type")).isEmpty();
    }
}
