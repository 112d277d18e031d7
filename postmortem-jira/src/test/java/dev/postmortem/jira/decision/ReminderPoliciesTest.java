package dev.postmortem.jira.decision;

import dev.postmortem.core.decision.ReminderPolicy;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A project's reminder rule: its reminder days on its soak policy's calendar. */
class ReminderPoliciesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final InMemoryDecisionSettingsStore settings = new InMemoryDecisionSettingsStore();
    private final SoakRecords soakRecords = mock(SoakRecords.class);
    private final ReminderPolicies policies = new ReminderPolicies(settings, soakRecords, BERLIN);

    @Test
    void aBusinessDaySoakLendsItsCalendarHolidaysIncluded() {
        WorkingCalendar calendar = new WorkingCalendar(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                ZoneId.of("Asia/Tokyo"), Set.of(LocalDate.parse("2026-12-01")));
        when(soakRecords.policyFor(1L)).thenReturn(SoakPolicy.ofBusinessDays(3, calendar));
        settings.save(1L, new DecisionSettings(7, Optional.of("10001")));

        ReminderPolicies.ForProject rules = policies.forProject(1L);

        assertThat(rules.policy()).isEqualTo(new ReminderPolicy(7, calendar));
        assertThat(rules.settings().notDoingResolutionId()).contains("10001");
    }

    @Test
    void aSoakInHoursHasNoCalendarSoRemindersCountMondayToFridayInJirasZone() {
        when(soakRecords.policyFor(2L)).thenReturn(SoakPolicy.ofHours(48));

        assertThat(policies.forProject(2L).policy())
                .isEqualTo(new ReminderPolicy(5, WorkingCalendar.mondayToFriday(BERLIN)));
    }
}
