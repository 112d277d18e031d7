package dev.postmortem.core.soak;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A later debrief never ends its soak earlier, across DST gaps, overlaps and skipped days. */
class SoakEndMonotonicityTest {

    private record Window(String zone, String from, String to) {
    }

    private static final List<Window> WINDOWS = List.of(
            new Window("Europe/Berlin", "2026-03-25T00:00:00Z", "2026-04-02T00:00:00Z"),
            new Window("Europe/Berlin", "2026-10-21T00:00:00Z", "2026-10-29T00:00:00Z"),
            new Window("America/Sao_Paulo", "2018-10-31T00:00:00Z", "2018-11-08T00:00:00Z"),
            new Window("America/Sao_Paulo", "2019-02-13T00:00:00Z", "2019-02-21T00:00:00Z"),
            new Window("Pacific/Apia", "2011-12-26T00:00:00Z", "2012-01-03T00:00:00Z"),
            new Window("Australia/Lord_Howe", "2026-04-01T00:00:00Z", "2026-04-08T00:00:00Z"),
            new Window("Australia/Lord_Howe", "2026-09-30T00:00:00Z", "2026-10-07T00:00:00Z"));

    @Test
    void theSoakEndNeverMovesEarlierWhenTheDebriefMovesLater() {
        for (Window window : WINDOWS) {
            ZoneId zone = ZoneId.of(window.zone());
            for (WorkingCalendar calendar : List.of(WorkingCalendar.mondayToFriday(zone),
                    new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), zone, Set.of()))) {
                for (int days = 0; days <= 3; days++) {
                    SoakPolicy policy = SoakPolicy.ofBusinessDays(days, calendar);
                    Instant previousDebrief = null;
                    Instant previousEnd = null;
                    for (Instant debrief = Instant.parse(window.from()); debrief.isBefore(Instant.parse(window.to()));
                            debrief = debrief.plus(Duration.ofMinutes(7))) {
                        Instant end = policy.soakEndsAt(debrief);
                        assertThat(end).as("%s, %d days, debrief %s", window.zone(), days, debrief)
                                .isAfterOrEqualTo(debrief);
                        if (previousEnd != null) {
                            assertThat(end).as("%s, %d days: debrief %s after %s (end %s)", window.zone(), days,
                                    debrief, previousDebrief, previousEnd).isAfterOrEqualTo(previousEnd);
                        }
                        previousDebrief = debrief;
                        previousEnd = end;
                    }
                }
            }
        }
    }

    @Test
    void aDayTheZoneSkippedIsNoBusinessDay() {
        ZoneId apia = ZoneId.of("Pacific/Apia");
        // Thu 29 Dec 2011 10:00 in Apia; Friday 30 Dec never happened there; Sat and Sun are not working days
        Instant debrief = LocalDate.of(2011, 12, 29).atTime(10, 0).atZone(apia).toInstant();

        Instant end = SoakPolicy.ofBusinessDays(1, WorkingCalendar.mondayToFriday(apia)).soakEndsAt(debrief);

        assertThat(end.atZone(apia).toLocalDateTime()).hasToString("2012-01-02T10:00");
        assertThat(WorkingCalendar.mondayToFriday(apia).isWorkingDay(LocalDate.of(2011, 12, 30))).isFalse();
    }

    @Test
    void aDebriefInTheRepeatedHourCarriesTheLatestWallClockTimeReached() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingCalendar everyDay = new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), berlin, Set.of());
        SoakPolicy policy = SoakPolicy.ofBusinessDays(1, everyDay);
        // Sun 25 Oct 2026: 02:30 CEST (00:30Z) comes first, 02:10 CET (01:10Z) forty minutes later
        Instant first = Instant.parse("2026-10-25T00:30:00Z");
        Instant second = Instant.parse("2026-10-25T01:10:00Z");

        assertThat(policy.soakEndsAt(first).atZone(berlin).toLocalTime()).hasToString("02:30");
        assertThat(policy.soakEndsAt(second).atZone(berlin).toLocalTime()).hasToString("03:00");
    }

    @Test
    void anEndInAGapEndsWhenTheGapEnds() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingCalendar everyDay = new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), berlin, Set.of());
        SoakPolicy policy = SoakPolicy.ofBusinessDays(1, everyDay);

        // Sat 28 Mar 2026 02:30 and 02:59 CET: Sun 29 Mar has no 02:00-03:00, both end at 03:00 CEST
        assertThat(policy.soakEndsAt(Instant.parse("2026-03-28T01:30:00Z"))).isEqualTo("2026-03-29T01:00:00Z");
        assertThat(policy.soakEndsAt(Instant.parse("2026-03-28T01:59:00Z"))).isEqualTo("2026-03-29T01:00:00Z");
        assertThat(policy.soakEndsAt(Instant.parse("2026-03-28T02:10:00Z"))).isEqualTo("2026-03-29T01:10:00Z");
    }
}
