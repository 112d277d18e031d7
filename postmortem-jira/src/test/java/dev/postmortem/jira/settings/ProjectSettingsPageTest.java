package dev.postmortem.jira.settings;

import com.atlassian.jira.permission.GlobalPermissionKey;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.SettingsChange;
import dev.postmortem.jira.storage.SettingsChange.Setting;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static dev.postmortem.jira.settings.SettingsFixture.PROJECT_ID;
import static dev.postmortem.jira.settings.SettingsFixture.businessDays;
import static dev.postmortem.jira.settings.SettingsFixture.form;
import static dev.postmortem.jira.settings.SettingsFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class ProjectSettingsPageTest {

    private final SettingsFixture fx = new SettingsFixture();

    @Test
    void aProjectWithoutSettingsShowsTheSiteDefaultTheDefaultDecisionSettingsAndAPreview() {
        ProjectSettingsView page = fx.page().show("INC");

        assertThat(page.denied()).isFalse();
        assertThat(page.projectKey()).isEqualTo("INC");
        assertThat(page.projectName()).isEqualTo("Incidents");
        assertThat(page.mode()).isEqualTo("SITE_DEFAULT");
        assertThat(page.siteDefault()).isEqualTo("2 business days (Mon\u2013Fri; UTC; no holidays)");
        // The hidden fields start from what applies now, so switching to an own policy starts there.
        assertThat(page.days()).isEqualTo("2");
        assertThat(page.zone()).isEqualTo("UTC");
        assertThat(page.zones()).contains("UTC", "Europe/Berlin").doesNotContain("SystemV/EST5");
        assertThat(page.workingDays()).extracting(ProjectSettingsView.DayOption::checked)
                .containsExactly(true, true, true, true, true, false, false);
        assertThat(page.reminderDays()).isEqualTo("5");
        assertThat(page.resolutions()).extracting(ProjectSettingsView.ResolutionOption::name)
                .containsExactly("Fixed", "Won\u2019t Do", "Duplicate");
        assertThat(page.resolutions()).noneMatch(ProjectSettingsView.ResolutionOption::selected);
        // Thursday 10:00 UTC + 2 business days = Monday 10:00 UTC = 11:00 in the viewer's Berlin.
        assertThat(page.preview()).isEqualTo("A debrief held now would end its soak at 07/Dec/26 11:00 AM.");
        assertThat(page.changes()).isEmpty();
        assertThat(page.saved()).isFalse();
        assertThat(page.invalid()).isFalse();
    }

    @Test
    void aValidFormIsSavedWithOneAuditRowPerChangedSettingAndShownAsSaved() {
        ProjectSettingsView page = fx.page().save("INC", read(businessDays()));

        SoakPolicy expected = SoakPolicy.ofBusinessDays(3, new WorkingCalendar(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), ZoneId.of("Europe/Berlin"),
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"))));
        assertThat(fx.policies.forProject(PROJECT_ID)).contains(expected);
        assertThat(fx.decisions.forProject(PROJECT_ID)).isEqualTo(new DecisionSettings(5, Optional.of("10000")));
        assertThat(fx.changes.all()).extracting(SettingsChange::setting, SettingsChange::oldValue,
                SettingsChange::newValue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Setting.NOT_DOING_RESOLUTION, "", "10000"),
                        org.assertj.core.groups.Tuple.tuple(Setting.SOAK_POLICY, "",
                                "BUSINESS_DAYS 3 Europe/Berlin 1,2,3,4,5 2"));
        assertThat(fx.changes.all()).allSatisfy(change -> {
            assertThat(change.userKey()).isEqualTo("JIRAUSER10100");
            assertThat(change.at()).isEqualTo(SettingsFixture.NOW);
            assertThat(change.projectId()).isEqualTo(PROJECT_ID);
        });

        assertThat(page.saved()).isTrue();
        assertThat(page.mode()).isEqualTo("BUSINESS_DAYS");
        assertThat(page.holidays()).isEqualTo("2026-12-24\n2026-12-25");
        assertThat(page.resolutions()).filteredOn(ProjectSettingsView.ResolutionOption::selected)
                .extracting(ProjectSettingsView.ResolutionOption::name).containsExactly("Won\u2019t Do");
        // Thursday 11:00 Berlin + 3 business days = Tuesday 11:00.
        assertThat(page.preview()).isEqualTo("A debrief held now would end its soak at 08/Dec/26 11:00 AM.");
        assertThat(page.changes()).extracting(ProjectSettingsView.ChangeRow::who, ProjectSettingsView.ChangeRow::setting,
                ProjectSettingsView.ChangeRow::from, ProjectSettingsView.ChangeRow::to).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Grace Hopper", "Soak time", "the site default",
                                "3 business days (Mon\u2013Fri; Europe/Berlin; 2 holidays)"),
                        org.assertj.core.groups.Tuple.tuple("Grace Hopper", "\u201cNot doing\u201d resolution", "none",
                                "Won\u2019t Do"));
    }

    @Test
    void savingTheSameSettingsAgainWritesNoAuditRow() {
        fx.page().save("INC", read(businessDays()));
        int rows = fx.changes.all().size();

        fx.page().save("INC", read(businessDays()));

        assertThat(fx.changes.all()).hasSize(rows);
    }

    @Test
    void choosingTheSiteDefaultRemovesTheProjectsOwnPolicy() {
        fx.page().save("INC", read(form("soakMode", "HOURS", "hours", "48", "reminderDays", "5")));
        assertThat(fx.policies.forProject(PROJECT_ID)).contains(SoakPolicy.ofHours(48));

        ProjectSettingsView page = fx.page().save("INC", read(form("soakMode", "SITE_DEFAULT", "hours", "oops",
                "reminderDays", "5")));

        assertThat(page.invalid()).as("fields of another mode are not checked").isFalse();
        assertThat(fx.policies.forProject(PROJECT_ID)).isEmpty();
        assertThat(fx.changes.recent(PROJECT_ID, 1)).extracting(SettingsChange::oldValue, SettingsChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOURS 48", ""));
        assertThat(page.changes().get(0).from()).isEqualTo("48 hours");
        assertThat(page.changes().get(0).to()).isEqualTo("the site default");
    }

    @Test
    void everyInvalidFieldGetsItsOwnTranslatedProblemAndNothingIsSavedAndTheTypedValuesStay() {
        ProjectSettingsView page = fx.page().save("INC", read(businessDays("days", "three", "zone", "Mars/Olympus",
                "holidays", "2026-12-24\n24.12.2026", "reminderDays", "0", "notDoingResolution", "99999")));

        assertThat(page.invalid()).isTrue();
        assertThat(page.saved()).isFalse();
        assertThat(page.errors().days()).isEqualTo("Enter a whole number from 0 to 366.");
        assertThat(page.errors().zone())
                .isEqualTo("\u201cMars/Olympus\u201d is not a time zone. Use an ID such as Europe/Berlin or UTC.");
        assertThat(page.errors().holidays()).isEqualTo("\u201c24.12.2026\u201d is not a date. Use the form 2026-12-24.");
        assertThat(page.errors().reminderDays())
                .isEqualTo("The reminder must come between 1 and 366 business days after the soak ended.");
        assertThat(page.errors().resolution()).isEqualTo("Choose one of Jira\u2019s resolutions.");
        assertThat(page.errors().hours()).isNull();
        assertThat(page.preview()).isNull();
        // Nothing saved, nothing audited.
        assertThat(fx.policies.forProject(PROJECT_ID)).isEmpty();
        assertThat(fx.decisions.projectsSaved()).isZero();
        assertThat(fx.changes.all()).isEmpty();
        // What the user typed is shown back, not lost.
        assertThat(page.days()).isEqualTo("three");
        assertThat(page.zone()).isEqualTo("Mars/Olympus");
        assertThat(page.zones()).contains("Mars/Olympus");
        assertThat(page.holidays()).isEqualTo("2026-12-24\n24.12.2026");
        assertThat(page.reminderDays()).isEqualTo("0");
    }

    @Test
    void oneInvalidFieldAloneKeepsTheValidOnesFromBeingSaved() {
        ProjectSettingsView page = fx.page().save("INC", read(businessDays("reminderDays", "400")));

        assertThat(page.errors().reminderDays()).isNotNull();
        assertThat(page.errors().days()).isNull();
        assertThat(fx.policies.forProject(PROJECT_ID)).isEmpty();
        assertThat(fx.decisions.projectsSaved()).isZero();
    }

    @Test
    void theCoresRulesLandOnTheirField() {
        ProjectSettingsView noDays = fx.page().save("INC", read(businessDays("workingDays", "")));
        ProjectSettingsView tooLong = fx.page().save("INC", read(form("soakMode", "HOURS", "hours", "9000",
                "reminderDays", "5")));
        ProjectSettingsView noMode = fx.page().save("INC", read(form("soakMode", "WEEKS", "reminderDays", "5")));

        assertThat(noDays.errors().workingDays()).isEqualTo("A working calendar needs at least one working day.");
        assertThat(noDays.workingDays()).noneMatch(ProjectSettingsView.DayOption::checked);
        assertThat(tooLong.errors().hours()).isEqualTo("Enter a whole number from 0 to 8,784.");
        assertThat(tooLong.hours()).isEqualTo("9000");
        assertThat(noMode.errors().mode()).isEqualTo("Choose how the soak time is counted.");
        assertThat(fx.changes.all()).isEmpty();
    }

    @Test
    void problemsAreInTheViewersLanguage() {
        SettingsFixture de = new SettingsFixture(Locale.GERMAN);

        ProjectSettingsView page = de.page().save("INC", read(businessDays("days", "-1", "reminderDays", "x")));

        assertThat(page.errors().days()).isEqualTo("Geben Sie eine ganze Zahl von 0 bis 366 ein.");
        assertThat(page.errors().reminderDays()).contains("Erinnerung");
    }

    @Test
    void someoneWhoDoesNotAdministerTheProjectIsRefusedWithATranslatedMessageAndNothingIsSaved() {
        fx.administer(false);

        ProjectSettingsView shown = fx.page().show("INC");
        ProjectSettingsView posted = fx.page().save("INC", read(businessDays()));

        assertThat(shown.denied()).isTrue();
        assertThat(shown.deniedMessage()).isEqualTo("Only administrators of project INC can change its Postmortem settings.");
        assertThat(posted.denied()).isTrue();
        assertThat(fx.policies.forProject(PROJECT_ID)).isEmpty();
        assertThat(fx.decisions.projectsSaved()).isZero();
        assertThat(fx.changes.all()).isEmpty();

        SettingsFixture de = new SettingsFixture(Locale.GERMAN);
        de.administer(false);
        assertThat(de.page().show("INC").deniedMessage())
                .isEqualTo("Nur Administratoren des Projekts INC können seine Postmortem-Einstellungen ändern.");
    }

    @Test
    void aJiraAdministratorWhoDoesNotAdministerTheProjectMayStillChangeItsSettings() {
        fx.administer(false);
        when(fx.globalPermissions.hasPermission(GlobalPermissionKey.ADMINISTER, fx.viewer.user)).thenReturn(true);

        ProjectSettingsView posted = fx.page().save("INC", read(businessDays()));

        assertThat(posted.denied()).isFalse();
        assertThat(fx.policies.forProject(PROJECT_ID)).isPresent();
    }

    @Test
    void aProjectTheCallerCannotSeeAnswersLikeOneThatDoesNotExist() {
        fx.browse(false);

        ProjectSettingsView hidden = fx.page().show("INC");
        ProjectSettingsView unknown = fx.page().show("NOPE");

        assertThat(hidden.deniedMessage())
                .isEqualTo("There is no project INC, or you do not have permission to see it.");
        assertThat(unknown.deniedMessage())
                .isEqualTo("There is no project NOPE, or you do not have permission to see it.");
        assertThat(fx.page().show(null).denied()).isTrue();
    }

    @Test
    void anAnonymousVisitorIsAskedToLogIn() {
        fx.anonymous();

        ProjectSettingsView page = fx.page().save("INC", read(businessDays()));

        assertThat(page.deniedMessage()).startsWith("Log in as an administrator");
        assertThat(fx.changes.all()).isEmpty();
    }

    @Test
    void withoutJirasResolutionListTheSavedResolutionStaysAndTheRestIsSaved() {
        fx.decisions.save(PROJECT_ID, new DecisionSettings(5, Optional.of("10000")));
        fx.features = TestFeatures.without("com.atlassian.jira.config.ResolutionManager");

        ProjectSettingsView page = fx.page().save("INC", read(businessDays("reminderDays", "7",
                "notDoingResolution", "")));

        assertThat(page.resolutionsAvailable()).isFalse();
        assertThat(page.resolutions()).isEmpty();
        assertThat(fx.decisions.forProject(PROJECT_ID)).isEqualTo(new DecisionSettings(7, Optional.of("10000")));
        assertThat(fx.changes.all()).extracting(SettingsChange::setting).contains(Setting.REMINDER_DAYS)
                .doesNotContain(Setting.NOT_DOING_RESOLUTION);
    }

    @Test
    void recentChangesNameAFormerUserAndADeletedResolutionWithoutShowingKeys() {
        fx.changes.record(new SettingsChange(PROJECT_ID, "JIRAUSER99999", SettingsFixture.NOW.minusSeconds(3600),
                Setting.NOT_DOING_RESOLUTION, "", "424242"));
        fx.changes.record(new SettingsChange(PROJECT_ID, "JIRAUSER10100", SettingsFixture.NOW,
                Setting.REMINDER_DAYS, "5", "1"));

        ProjectSettingsView page = fx.page().show("INC");

        assertThat(page.changes()).extracting(ProjectSettingsView.ChangeRow::who)
                .containsExactly("Grace Hopper", "a former user");
        assertThat(page.changes().get(0).from()).isEqualTo("5 business days");
        assertThat(page.changes().get(0).to()).isEqualTo("1 business day");
        assertThat(page.changes().get(1).to()).isEqualTo("a deleted resolution (ID 424242)");
        assertThat(page.changes().get(0).whenIso()).isEqualTo("2026-12-03T10:00:00Z");
        assertThat(page.changes().get(0).when()).isEqualTo("03/Dec/26 11:00 AM");
    }
}
