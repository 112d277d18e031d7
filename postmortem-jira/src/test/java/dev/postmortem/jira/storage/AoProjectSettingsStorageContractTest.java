package dev.postmortem.jira.storage;

import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import org.junit.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project settings storage contract on {@link AoDecisionSettingsStore} and {@link AoSettingsChangeLog}, plus
 * what only a database has: the duplicate row two nodes racing leave behind, and a row a newer model wrote.
 * Subclasses choose the database with the AO runner's annotations; the runner injects {@link #entityManager}.
 */
public abstract class AoProjectSettingsStorageContractTest extends ProjectSettingsStorageContractTest {

    protected EntityManager entityManager;

    @Override
    protected DecisionSettingsStore newDecisionSettingsStore() {
        return new AoDecisionSettingsStore(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected SettingsChangeLog newSettingsChangeLog() {
        return new AoSettingsChangeLog(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void aDuplicateRowIsReadAsTheOldestAndRemovedByTheNextSave() throws Exception {
        entityManager.create(DecisionSettingsEntity.class, new DBParam(DecisionSettingsEntity.COLUMN_PROJECT_ID, 10000L),
                new DBParam(DecisionSettingsEntity.COLUMN_REMINDER_DAYS, 3));
        entityManager.create(DecisionSettingsEntity.class, new DBParam(DecisionSettingsEntity.COLUMN_PROJECT_ID, 10000L),
                new DBParam(DecisionSettingsEntity.COLUMN_REMINDER_DAYS, 9));

        assertThat(settings.forProject(10000L).reminderBusinessDays()).isEqualTo(3);
        settings.save(10000L, new DecisionSettings(4, Optional.of("6")));

        assertThat(entityManager.find(DecisionSettingsEntity.class)).hasSize(1);
        assertThat(settings.forProject(10000L)).isEqualTo(new DecisionSettings(4, Optional.of("6")));
    }

    @Test
    public void aChangeOfASettingANewerModelKnowsIsSkipped() throws Exception {
        entityManager.create(SettingsChangeEntity.class, new DBParam(SettingsChangeEntity.COLUMN_PROJECT_ID, 10000L),
                new DBParam(SettingsChangeEntity.COLUMN_USER_KEY, "JIRAUSER10100"),
                new DBParam(SettingsChangeEntity.COLUMN_CHANGED_AT, 1L),
                new DBParam(SettingsChangeEntity.COLUMN_SETTING_NAME, "SOMETHING_NEWER"));

        assertThat(changes.recent(10000L, 10)).isEmpty();
    }
}
