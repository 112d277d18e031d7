package dev.postmortem.core.decision;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReminderPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDefaultIsFiveBusinessDaysAfterTheSoakEndAtTheSameWallClockTime() {
        ReminderPolicy policy = ReminderPolicy.withDefaultDays(WorkingCalendar.mondayToFriday(ZoneOffset.UTC));

        // Monday 7 December 2026, 09:00 -> Monday 14 December, 09:00.
        assertThat(policy.dueAt(Instant.parse("2026-12-07T09:00:00Z"))).isEqualTo("2026-12-14T09:00:00Z");
        // Thursday -> the Thursday after, across the weekend.
        assertThat(policy.dueAt(Instant.parse("2026-12-10T16:30:00Z"))).isEqualTo("2026-12-17T16:30:00Z");
    }

    @Test
    void aSoakThatEndedOnAWeekendCountsFromTheNextWorkingDaysMidnight() {
        ReminderPolicy policy = new ReminderPolicy(2, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));

        // Saturday 12 December: Monday and Tuesday count in full, due Wednesday 00:00.
        assertThat(policy.dueAt(Instant.parse("2026-12-12T10:00:00Z"))).isEqualTo("2026-12-16T00:00:00Z");
    }

    @Test
    void holidaysAndDaysTheZoneSkippedAreNoBusinessDays() {
        WorkingCalendar withChristmas = WorkingCalendar.mondayToFriday(ZoneOffset.UTC)
                .withHolidays(Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
        assertThat(new ReminderPolicy(2, withChristmas).dueAt(Instant.parse("2026-12-23T09:00:00Z")))
                .isEqualTo("2026-12-29T09:00:00Z");

        // Samoa skipped Friday 30 December 2011: Thursday + 1 business day is Monday 2 January.
        WorkingCalendar apia = WorkingCalendar.mondayToFriday(ZoneId.of("Pacific/Apia"));
        Instant thursdayNoon = LocalDate.parse("2011-12-29").atTime(12, 0).atZone(apia.zone()).toInstant();
        assertThat(new ReminderPolicy(1, apia).dueAt(thursdayNoon))
                .isEqualTo(LocalDate.parse("2012-01-02").atTime(12, 0).atZone(apia.zone()).toInstant());
    }

    @Test
    void aDueTimeTheClocksJumpedOverIsWhenTheGapEnds() {
        WorkingCalendar everyDay = new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), BERLIN, Set.of());
        // Saturday 28 March 2026, 02:30 CET; on Sunday 29 March the clocks jump from 02:00 to 03:00.
        Instant soakEnd = Instant.parse("2026-03-28T01:30:00Z");

        assertThat(new ReminderPolicy(1, everyDay).dueAt(soakEnd)).isEqualTo("2026-03-29T01:00:00Z");
    }

    @Test
    void theReminderFollowsTheSoakPolicysBusinessDayRule() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday(BERLIN);
        Instant soakEnd = Instant.parse("2026-10-23T14:15:00Z");

        assertThat(new ReminderPolicy(5, calendar).dueAt(soakEnd))
                .isEqualTo(SoakPolicy.ofBusinessDays(5, calendar).soakEndsAt(soakEnd));
    }

    @Test
    void itIsDueFromTheDueInstantOn() {
        ReminderPolicy policy = new ReminderPolicy(1, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));
        Instant soakEnd = Instant.parse("2026-12-07T09:00:00Z");

        assertThat(policy.isDue(soakEnd, Instant.parse("2026-12-08T08:59:59.999Z"))).isFalse();
        assertThat(policy.isDue(soakEnd, Instant.parse("2026-12-08T09:00:00Z"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, SoakPolicy.MAX_BUSINESS_DAYS + 1, Integer.MIN_VALUE})
    void aSettingOutsideOneTo366BusinessDaysIsRefusedWithItsMessageKey(int days) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReminderPolicy(days, WorkingCalendar.mondayToFriday(ZoneOffset.UTC)))
                .withMessage(DecisionMessages.REMINDER_OUT_OF_RANGE);
    }

    @Test
    void aLaterSoakEndNeverGivesAnEarlierReminderAcrossDstAndSkippedDays() {
        record Window(String zone, String from) {
        }
        List<Window> windows = List.of(new Window("Europe/Berlin", "2026-03-25T00:00:00Z"),
                new Window("Europe/Berlin", "2026-10-21T00:00:00Z"),
                new Window("Pacific/Apia", "2011-12-26T00:00:00Z"),
                new Window("Australia/Lord_Howe", "2026-04-01T00:00:00Z"),
                new Window("Australia/Lord_Howe", "2026-09-30T00:00:00Z"));
        Duration step = Duration.ofMinutes(7);
        for (Window window : windows) {
            ZoneId zone = ZoneId.of(window.zone());
            for (WorkingCalendar calendar : List.of(WorkingCalendar.mondayToFriday(zone),
                    new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), zone, Set.of()))) {
                for (int days : new int[] {1, 2, 5}) {
                    ReminderPolicy policy = new ReminderPolicy(days, calendar);
                    Instant soakEnd = Instant.parse(window.from());
                    Instant previous = policy.dueAt(soakEnd);
                    for (int i = 0; i < 8 * 24 * 60 / 7; i++) {
                        soakEnd = soakEnd.plus(step);
                        Instant due = policy.dueAt(soakEnd);
                        assertThat(due).as("%s %d days, soak end %s", window.zone(), days, soakEnd)
                                .isAfterOrEqualTo(previous).isAfter(soakEnd);
                        previous = due;
                    }
                }
            }
        }
    }
}
