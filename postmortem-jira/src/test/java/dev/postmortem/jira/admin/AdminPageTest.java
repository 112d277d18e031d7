package dev.postmortem.jira.admin;

import com.atlassian.jira.permission.GlobalPermissionKey;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.setup.StepResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

class AdminPageTest {

    private final AdminFixture jira = new AdminFixture(Locale.ENGLISH).allInPlace();

    private static Map<String, String[]> form(String... pairs) {
        Map<String, String[]> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return form;
    }

    @Nested
    class Permission {

        @Test
        void aUserWhoIsNoJiraAdministratorIsRefusedInTheirLanguageAndNothingIsReadOrWritten() {
            AdminFixture german = new AdminFixture(Locale.GERMAN).allInPlace();
            german.notAnAdmin();
            AdminPage page = german.page();
            SoakPolicy before = german.policies.siteDefault().orElseThrow();

            AdminPageView shown = page.show();
            AdminPageView saved = page.saveSiteDefault(form("kind", "HOURS", "hours", "1"));
            AdminPageView ran = page.runSetup();

            for (AdminPageView view : List.of(shown, saved, ran)) {
                assertThat(view.isRefused()).isTrue();
                assertThat(view.getRefusal()).isEqualTo(
                        "Nur Jira-Administratoren können die Postmortem-Einstellungen sehen und ändern.");
                assertThat(view.getSetupRows()).isEmpty();
                assertThat(view.getForm()).isNull();
            }
            assertThat(german.policies.siteDefault()).contains(before);
            assertThat(german.setupRuns).isZero();
            assertThat(german.workflows).isEmpty();
        }

        @Test
        void anonymousIsRefused() {
            when(jira.viewer.authenticationContext.getLoggedInUser()).thenReturn(null);

            assertThat(jira.page().show().isRefused()).isTrue();
        }

        @Test
        void aSystemAdministratorMayUseThePage() {
            when(jira.permissions.hasPermission(any(), any())).thenReturn(false);
            when(jira.permissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, jira.viewer.user)).thenReturn(true);

            assertThat(jira.page().show().isRefused()).isFalse();
        }
    }

    @Nested
    class SiteDefault {

        @Test
        void theFormShowsTheStoredPolicy() {
            jira.policies.saveSiteDefault(SoakPolicy.ofBusinessDays(3, new WorkingCalendar(
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), ZoneId.of("Europe/Berlin"),
                    Set.of(LocalDate.parse("2026-12-24")))));

            AdminPageView view = jira.page().show();

            assertThat(view.getForm().isHoursKind()).isFalse();
            assertThat(view.getForm().getDays()).isEqualTo("3");
            assertThat(view.getForm().getZone()).isEqualTo("Europe/Berlin");
            assertThat(view.getForm().getHolidays()).isEqualTo("2026-12-24");
            assertThat(view.getDayChoices()).extracting(DayChoice::getLabel).containsExactly("Monday", "Tuesday",
                    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
            assertThat(view.getDayChoices()).filteredOn(DayChoice::isChecked).extracting(DayChoice::getValue)
                    .containsExactly("MONDAY", "TUESDAY");
        }

        @Test
        void theBuiltInDefaultsZoneReadsUtc() {
            jira.policies.saveSiteDefault(SoakPolicy.DEFAULT);

            assertThat(jira.page().show().getForm().getZone()).isEqualTo("UTC");
        }

        @Test
        void aValidFormIsSavedAsTheSiteDefault() {
            AdminPageView view = jira.page().saveSiteDefault(form("kind", "BUSINESS_DAYS", "days", "4",
                    "zone", "Europe/Berlin", "workingDays", "MONDAY", "workingDays", "WEDNESDAY",
                    "holidays", "2026-12-24\n2026-12-31, 2027-01-01", "hours", "ignored when in days"));

            assertThat(view.getSuccess()).startsWith("The default soak policy is saved.");
            assertThat(view.isFormInvalid()).isFalse();
            assertThat(jira.policies.siteDefault()).contains(SoakPolicy.ofBusinessDays(4, new WorkingCalendar(
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), ZoneId.of("Europe/Berlin"),
                    Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"),
                            LocalDate.parse("2027-01-01")))));
        }

        @Test
        void hoursAreSavedAsAFixedSoak() {
            jira.page().saveSiteDefault(form("kind", "HOURS", "hours", "36"));

            assertThat(jira.policies.siteDefault()).contains(SoakPolicy.ofHours(36));
        }

        @Test
        void everyInvalidFieldGetsItsOwnTranslatedErrorAndNothingIsSaved() {
            AdminFixture german = new AdminFixture(Locale.GERMAN).allInPlace();
            SoakPolicy before = german.policies.siteDefault().orElseThrow();

            AdminPageView view = german.page().saveSiteDefault(form("kind", "BUSINESS_DAYS", "days", "zwei",
                    "zone", "Mars/Olympus", "workingDays", "MONDAY", "holidays", "24.12.2026"));

            assertThat(view.isFormInvalid()).isTrue();
            assertThat(view.getDaysError()).isEqualTo("Geben Sie eine ganze Zahl von 0 bis 366 ein.");
            assertThat(view.getZoneError()).contains("Mars/Olympus");
            assertThat(view.getHolidaysError()).contains("24.12.2026");
            assertThat(view.getHoursError()).isNull();
            // Shown back as typed.
            assertThat(view.getForm().getDays()).isEqualTo("zwei");
            assertThat(view.getForm().getHolidays()).isEqualTo("24.12.2026");
            assertThat(view.getSuccess()).isNull();
            assertThat(german.policies.siteDefault()).contains(before);
        }

        @Test
        void hoursOutOfRangeAreRefused() {
            AdminPageView view = jira.page().saveSiteDefault(form("kind", "HOURS", "hours", "-1"));

            assertThat(view.getHoursError()).isEqualTo("Enter a whole number from 0 to 8,784.");
            assertThat(jira.policies.siteDefault()).contains(SoakPolicy.DEFAULT);
        }

        @Test
        void aCalendarWithoutWorkingDaysIsRefusedByTheCoreAsAProblemOfTheWholeForm() {
            AdminPageView view = jira.page().saveSiteDefault(form("kind", "BUSINESS_DAYS", "days", "2",
                    "zone", "UTC"));

            assertThat(view.isFormInvalid()).isTrue();
            assertThat(view.getFormErrors()).singleElement().asString().isNotBlank().doesNotStartWith("postmortem.");
            assertThat(jira.policies.siteDefault()).contains(SoakPolicy.DEFAULT);
        }

        @Test
        void aMissingKindIsAnErrorOfTheKindField() {
            AdminPageView view = jira.page().saveSiteDefault(form("hours", "5"));

            assertThat(view.getKindError()).isNotBlank();
            assertThat(jira.policies.siteDefault()).contains(SoakPolicy.DEFAULT);
        }
    }

    @Nested
    class Setup {

        @Test
        void everythingInPlaceIsShownLiveWithoutRunningSetup() {
            AdminPageView view = jira.page().show();

            assertThat(view.getSetupRun()).isNull();
            assertThat(view.getSetupRows()).extracting(SetupRow::getLabel).containsExactly("Issue type",
                    "Issue link type", "Field “Debrief held at”", "Field “Debrief narrative”", "Default soak policy");
            assertThat(view.getSetupRows()).extracting(SetupRow::getState).containsOnly("In place");
            assertThat(view.getSetupRows().get(0).getDetails()).isEqualTo("“Postmortem” (10100)");
            assertThat(view.getFeaturesOff()).isEmpty();
            assertThat(jira.setupRuns).isZero();
        }

        @Test
        void aRenamedDeletedOrMissingObjectAndASwitchedOffFeatureAreShown() {
            jira.issueType("10100", "Incident review");
            jira.linkTypeDeleted(10200L);
            jira.fieldMissing(EnsureNarrativeField.SPEC);
            jira.features = TestFeatures.without("com.atlassian.scheduler.SchedulerService");

            AdminPageView view = jira.page().show();

            assertThat(view.getSetupRows()).extracting(SetupRow::getState).containsExactly("Renamed", "Deleted",
                    "In place", "Missing", "In place");
            assertThat(view.getSetupRows()).extracting(SetupRow::getLozenge).containsExactly("aui-lozenge-complete",
                    "aui-lozenge-error", "aui-lozenge-success", "aui-lozenge-error", "aui-lozenge-success");
            assertThat(view.getSetupRows().get(0).getDetails()).contains("Incident review", "Postmortem");
            assertThat(view.getSetupRows().get(1).getDetails()).contains("10200");
            assertThat(view.getFeaturesOff()).singleElement().asString()
                    .contains("soak-end job", "com.atlassian.scheduler.SchedulerService");
        }

        @Test
        void aSetupTableThatCannotBeReadFailsItsRowsNotThePage() {
            AdminFixture broken = new AdminFixture(Locale.ENGLISH).allInPlace();
            SetupOverview overview = new SetupOverview(new dev.postmortem.jira.host.PostmortemLookup(
                    broken.issueTypes, broken.linkTypes, broken.fields,
                    new dev.postmortem.jira.host.SetupTexts(dev.postmortem.jira.JiraTexts.english()),
                    new dev.postmortem.jira.host.RememberedIds(unreadable(), java.time.Clock.systemUTC())),
                    new dev.postmortem.jira.host.SetupTexts(dev.postmortem.jira.JiraTexts.english()), broken.policies,
                    broken.features, broken.texts());

            assertThat(overview.now()).extracting(SetupRow::getState).containsExactly("Failed", "Failed", "Failed",
                    "Failed", "In place");
            assertThat(overview.now().get(0).getDetails()).startsWith("What setup remembered could not be read");
        }

        private static dev.postmortem.jira.storage.InMemorySetupObjects unreadable() {
            dev.postmortem.jira.storage.InMemorySetupObjects store = new dev.postmortem.jira.storage.InMemorySetupObjects();
            store.failReads = new IllegalStateException("database is down");
            return store;
        }

        @Test
        void runSetupAgainRunsSetupUnderItsClusterLockAndShowsThatRunsReport() {
            jira.setupResults.put("link-type", StepResult.repaired("postmortem.jira.setup.linkType.replaced",
                    "10200", "Postmortem action", "10201"));
            jira.setupResults.put("debrief-held-at-field", StepResult.created("postmortem.jira.setup.field.created",
                    "Debrief held at", "customfield_10302"));

            AdminPageView view = jira.page().runSetup();

            assertThat(jira.setupRuns).isEqualTo(1);
            assertThat(jira.locks.namesAskedFor()).containsExactly("dev.postmortem.postmortem-jira.setup");
            assertThat(jira.locks.lock("dev.postmortem.postmortem-jira.setup").acquisitions()).isEqualTo(1);
            assertThat(jira.locks.lock("dev.postmortem.postmortem-jira.setup").isLocked()).isFalse();
            assertThat(view.getSetupRun()).isEqualTo("Setup ran and changed what is marked below.");
            assertThat(view.isSetupRunOk()).isTrue();
            assertThat(view.getSetupRows()).extracting(SetupRow::getState).containsExactly("In place", "Repaired",
                    "Created", "In place");
            assertThat(view.getSetupRows().get(2).getDetails())
                    .isEqualTo("Created custom field “Debrief held at” (customfield_10302) for the Postmortem issue type.");
        }

        @Test
        void aFailedStepIsShownAsFailed() {
            jira.setupResults.put("issue-type", StepResult.failed("postmortem.jira.setup.issueType.noAvatar"));

            AdminPageView view = jira.page().runSetup();

            assertThat(view.isSetupRunOk()).isFalse();
            assertThat(view.getSetupRun()).startsWith("Setup ran, but some steps failed.");
            assertThat(view.getSetupRows().get(0).getState()).isEqualTo("Failed");
        }

        @Test
        void aRunSkippedBecauseAnotherNodeHoldsTheLockSaysSoAndShowsJiraAsItIs() throws Exception {
            Thread holder = new Thread(() -> jira.locks.getLockForName("dev.postmortem.postmortem-jira.setup").lock());
            holder.start();
            holder.join();

            AdminPageView view = jira.page().runSetup();

            assertThat(jira.setupRuns).isZero();
            assertThat(view.getSetupRun()).startsWith("Setup did not run: another node is running it");
            assertThat(view.getSetupRows()).extracting(SetupRow::getState).containsOnly("In place");
        }
    }
}
