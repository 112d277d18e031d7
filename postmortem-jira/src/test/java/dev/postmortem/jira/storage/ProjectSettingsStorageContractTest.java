package dev.postmortem.jira.storage;

import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A project's decision settings and the audit of its settings changes, whatever stores them: the AO store and log on
 * H2 and PostgreSQL ({@link H2ProjectSettingsStorageTest}, {@link PostgresProjectSettingsStorageTest}) and the
 * in-memory twins ({@link InMemoryProjectSettingsStorageTest}).
 */
public abstract class ProjectSettingsStorageContractTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    protected DecisionSettingsStore settings;
    protected SettingsChangeLog changes;

    protected abstract DecisionSettingsStore newDecisionSettingsStore();

    protected abstract SettingsChangeLog newSettingsChangeLog();

    @Before
    public void stores() {
        settings = newDecisionSettingsStore();
        changes = newSettingsChangeLog();
    }

    @Test
    public void aProjectWithoutSettingsHasTheDefaults() {
        assertThat(settings.forProject(10000L)).isEqualTo(DecisionSettings.DEFAULTS);
        assertThat(DecisionSettings.DEFAULTS.reminderBusinessDays()).isEqualTo(5);
        assertThat(DecisionSettings.DEFAULTS.notDoingResolutionId()).isEmpty();
    }

    @Test
    public void savedSettingsAreReadBackPerProjectAndASecondSaveReplacesTheFirst() {
        settings.save(10000L, new DecisionSettings(3, Optional.of("10001")));
        settings.save(10001L, new DecisionSettings(8, Optional.empty()));

        assertThat(settings.forProject(10000L)).isEqualTo(new DecisionSettings(3, Optional.of("10001")));
        assertThat(settings.forProject(10001L)).isEqualTo(new DecisionSettings(8, Optional.empty()));

        settings.save(10000L, new DecisionSettings(366, Optional.empty()));

        assertThat(settings.forProject(10000L)).isEqualTo(new DecisionSettings(366, Optional.empty()));
        assertThat(settings.forProject(10001L).reminderBusinessDays()).isEqualTo(8);
    }

    @Test
    public void aResolutionIdTheColumnCannotHoldIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> settings.save(10000L, new DecisionSettings(5, Optional.of("1".repeat(65)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.save(10000L, new DecisionSettings(5, Optional.of(" "))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(settings.forProject(10000L)).isEqualTo(DecisionSettings.DEFAULTS);
    }

    @Test
    public void changesAreReadNewestFirstPerProject() {
        changes.record(change(10000L, "JIRAUSER10100", T0, SettingsChange.Setting.REMINDER_DAYS, "5", "3"));
        changes.record(change(10000L, "JIRAUSER10200", T0.plusSeconds(60), SettingsChange.Setting.SOAK_POLICY,
                "", "HOURS 48"));
        changes.record(change(10001L, "JIRAUSER10100", T0.plusSeconds(30),
                SettingsChange.Setting.NOT_DOING_RESOLUTION, "", "10001"));

        assertThat(changes.recent(10000L, 10)).containsExactly(
                change(10000L, "JIRAUSER10200", T0.plusSeconds(60), SettingsChange.Setting.SOAK_POLICY, "",
                        "HOURS 48"),
                change(10000L, "JIRAUSER10100", T0, SettingsChange.Setting.REMINDER_DAYS, "5", "3"));
        assertThat(changes.recent(10001L, 10)).extracting(SettingsChange::setting)
                .containsExactly(SettingsChange.Setting.NOT_DOING_RESOLUTION);
        assertThat(changes.recent(10002L, 10)).isEmpty();
    }

    @Test
    public void changesOfTheSameMomentKeepTheOrderTheyWereWrittenIn() {
        changes.record(change(10000L, "JIRAUSER10100", T0, SettingsChange.Setting.SOAK_POLICY, "", "HOURS 24"));
        changes.record(change(10000L, "JIRAUSER10100", T0, SettingsChange.Setting.REMINDER_DAYS, "5", "2"));

        assertThat(changes.recent(10000L, 10)).extracting(SettingsChange::setting)
                .containsExactly(SettingsChange.Setting.REMINDER_DAYS, SettingsChange.Setting.SOAK_POLICY);
    }

    @Test
    public void theAnswerIsBoundedByTheLimitAndByTheCap() {
        IntStream.range(0, SettingsChangeLog.MAX_RECENT + 5).forEach(i -> changes.record(change(10000L,
                "JIRAUSER10100", T0.plusSeconds(i), SettingsChange.Setting.REMINDER_DAYS, String.valueOf(i),
                String.valueOf(i + 1))));

        assertThat(changes.recent(10000L, 3)).extracting(SettingsChange::newValue)
                .containsExactly("105", "104", "103");
        assertThat(changes.recent(10000L, 1000)).hasSize(SettingsChangeLog.MAX_RECENT);
        assertThat(changes.recent(10000L, 0)).isEmpty();
    }

    @Test
    public void overlongValuesAreCutToTheColumnAndEmptyOnesReadBackEmpty() {
        changes.record(change(10000L, "JIRAUSER10100", T0, SettingsChange.Setting.SOAK_POLICY, null,
                "x".repeat(400)));

        SettingsChange read = changes.recent(10000L, 1).get(0);
        assertThat(read.oldValue()).isEmpty();
        assertThat(read.newValue()).hasSize(SettingsChange.MAX_VALUE).endsWith("\u2026");
    }

    private static SettingsChange change(long project, String user, Instant at, SettingsChange.Setting setting,
            String from, String to) {
        return new SettingsChange(project, user, at, setting, from, to);
    }
}
