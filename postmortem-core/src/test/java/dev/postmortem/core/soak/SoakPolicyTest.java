package dev.postmortem.core.soak;

import dev.postmortem.core.InvalidInput;

import static dev.postmortem.core.InvalidInputs.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SoakPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final WorkingCalendar EVERY_DAY_BERLIN =
            new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), BERLIN, Set.of());

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void defaultIsTwoBusinessDaysMondayToFridayInUtc() {
        assertThat(SoakPolicy.DEFAULT).isEqualTo(
                new SoakPolicy.BusinessDays(2, WorkingCalendar.mondayToFriday(ZoneOffset.UTC)));
    }

    @Nested
    class Hours {
        @Test
        void addsAnAbsoluteDuration() {
            assertThat(SoakPolicy.ofHours(36).soakEndsAt(at("2026-11-25T10:00:00Z"))).isEqualTo(at("2026-11-26T22:00:00Z"));
        }

        @Test
        void isRealElapsedTimeAcrossSpringForward() {
            // 2026-03-28 12:00 CET; 48 real hours later the wall clock shows 13:00 CEST.
            Instant end = SoakPolicy.ofHours(48).soakEndsAt(at("2026-03-28T11:00:00Z"));
            assertThat(end).isEqualTo(at("2026-03-30T11:00:00Z"));
            assertThat(end.atZone(BERLIN).getHour()).isEqualTo(13);
        }

        @Test
        void isRealElapsedTimeAcrossFallBack() {
            Instant end = SoakPolicy.ofHours(24).soakEndsAt(at("2026-10-24T10:00:00Z"));
            assertThat(end).isEqualTo(at("2026-10-25T10:00:00Z"));
            assertThat(end.atZone(BERLIN).getHour()).isEqualTo(11);
        }

        @Test
        void zeroMeansNoSoak() {
            assertThat(SoakPolicy.ofDuration(Duration.ZERO).soakEndsAt(at("2026-11-25T10:00:00Z")))
                    .isEqualTo(at("2026-11-25T10:00:00Z"));
        }

        @Test
        void negativeIsRefusedWithAMessageKey() {
            assertThatThrownBy(() -> SoakPolicy.ofHours(-1)).isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.negative"));
            assertThatThrownBy(() -> SoakPolicy.ofDuration(Duration.ofMinutes(-5)))
                    .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.negative"));
        }

        @Test
        void moreThan366DaysIsRefusedWithAMessageKey() {
            assertThat(SoakPolicy.ofHours(366 * 24).soakEndsAt(at("2026-01-01T00:00:00Z")))
                    .isEqualTo(at("2027-01-02T00:00:00Z"));
            assertThatThrownBy(() -> SoakPolicy.ofHours(366 * 24 + 1)).isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.tooLong"));
            assertThatThrownBy(() -> SoakPolicy.ofHours(Long.MAX_VALUE)).isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.tooLong"));
            assertThatThrownBy(() -> SoakPolicy.ofDuration(Duration.ofDays(366).plusNanos(1)))
                    .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.tooLong"));
        }
    }

    @Nested
    class BusinessDays {
        private final SoakPolicy twoDaysUtc = SoakPolicy.ofBusinessDays(2, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));

        @Test
        void withinAWeekKeepsTheWallClockTime() {
            // Monday 09:15 -> Wednesday 09:15
            assertThat(twoDaysUtc.soakEndsAt(at("2026-11-23T09:15:00Z"))).isEqualTo(at("2026-11-25T09:15:00Z"));
        }

        @Test
        void skipsTheWeekend() {
            // Thursday 15:00 -> Friday is day 1, Monday is day 2
            assertThat(twoDaysUtc.soakEndsAt(at("2026-11-26T15:00:00Z"))).isEqualTo(at("2026-11-30T15:00:00Z"));
        }

        @Test
        void aDebriefOnASaturdayCountsFromTheStartOfMonday() {
            assertThat(twoDaysUtc.soakEndsAt(at("2026-11-28T10:00:00Z"))).isEqualTo(at("2026-12-02T00:00:00Z"));
        }

        @Test
        void aDebriefOnASundayJustBeforeMidnightAlsoCountsFromMonday() {
            assertThat(twoDaysUtc.soakEndsAt(at("2026-11-29T23:59:59Z"))).isEqualTo(at("2026-12-02T00:00:00Z"));
        }

        @Test
        void skipsHolidays() {
            WorkingCalendar berlinChristmas = WorkingCalendar.mondayToFriday(BERLIN)
                    .withHolidays(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));
            SoakPolicy policy = SoakPolicy.ofBusinessDays(2, berlinChristmas);
            // Wed 23 Dec 14:00 CET -> 24, 25 holidays, 26/27 weekend -> Mon 28 (1), Tue 29 (2) at 14:00 CET
            assertThat(policy.soakEndsAt(at("2026-12-23T13:00:00Z"))).isEqualTo(at("2026-12-29T13:00:00Z"));
            // A debrief on the 24th (a holiday) counts from Mon 28 00:00 -> Wed 30 00:00 CET
            assertThat(policy.soakEndsAt(at("2026-12-24T10:00:00Z"))).isEqualTo(at("2026-12-29T23:00:00Z"));
        }

        @Test
        void berlinSpringForwardKeepsTheLocalTime() {
            // Fri 27 Mar 10:00 CET (+01) -> Tue 31 Mar 10:00 CEST (+02): only 95 real hours
            Instant end = SoakPolicy.ofBusinessDays(2, WorkingCalendar.mondayToFriday(BERLIN))
                    .soakEndsAt(at("2026-03-27T09:00:00Z"));
            assertThat(end).isEqualTo(at("2026-03-31T08:00:00Z"));
        }

        @Test
        void berlinFallBackKeepsTheLocalTime() {
            // Fri 23 Oct 10:00 CEST (+02) -> Tue 27 Oct 10:00 CET (+01): 97 real hours
            Instant end = SoakPolicy.ofBusinessDays(2, WorkingCalendar.mondayToFriday(BERLIN))
                    .soakEndsAt(at("2026-10-23T08:00:00Z"));
            assertThat(end).isEqualTo(at("2026-10-27T09:00:00Z"));
        }

        @Test
        void anEndInTheSpringGapEndsWhenTheGapEnds() {
            // Sat 28 Mar 02:30 CET; Sun 29 Mar 02:30 does not exist -> 03:00 CEST, when the clocks jumped
            Instant end = SoakPolicy.ofBusinessDays(1, EVERY_DAY_BERLIN).soakEndsAt(at("2026-03-28T01:30:00Z"));
            assertThat(end).isEqualTo(at("2026-03-29T01:00:00Z"));
            assertThat(end.atZone(BERLIN).toLocalTime().toString()).isEqualTo("03:00");
        }

        @Test
        void anEndInTheAutumnOverlapTakesTheEarlierOffset() {
            // Sat 24 Oct 02:30 CEST; Sun 25 Oct 02:30 happens twice -> the first (CEST, +02)
            Instant end = SoakPolicy.ofBusinessDays(1, EVERY_DAY_BERLIN).soakEndsAt(at("2026-10-24T00:30:00Z"));
            assertThat(end).isEqualTo(at("2026-10-25T00:30:00Z"));
        }

        @Test
        void newYorkSpringForward() {
            // Fri 6 Mar 16:00 EST (-05) -> Tue 10 Mar 16:00 EDT (-04); US DST starts 8 Mar 2026
            assertThat(SoakPolicy.ofBusinessDays(2, WorkingCalendar.mondayToFriday(NEW_YORK))
                    .soakEndsAt(at("2026-03-06T21:00:00Z"))).isEqualTo(at("2026-03-10T20:00:00Z"));
        }

        @Test
        void newYorkFallBack() {
            // Fri 30 Oct 16:00 EDT (-04) -> Tue 3 Nov 16:00 EST (-05); US DST ends 1 Nov 2026
            assertThat(SoakPolicy.ofBusinessDays(2, WorkingCalendar.mondayToFriday(NEW_YORK))
                    .soakEndsAt(at("2026-10-30T20:00:00Z"))).isEqualTo(at("2026-11-03T21:00:00Z"));
        }

        @Test
        void newYorkHourBasedSoakAcrossSpringForwardIsAbsolute() {
            // Sat 7 Mar 12:00 EST + 24 h = Sun 8 Mar 13:00 EDT
            Instant end = SoakPolicy.ofHours(24).soakEndsAt(at("2026-03-07T17:00:00Z"));
            assertThat(end.atZone(NEW_YORK).getHour()).isEqualTo(13);
        }

        @Test
        void zeroDaysEndsAtTheDebriefOnAWorkingDayAndAtTheNextWorkingDayOtherwise() {
            SoakPolicy zero = SoakPolicy.ofBusinessDays(0, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));
            assertThat(zero.soakEndsAt(at("2026-11-25T10:00:00Z"))).isEqualTo(at("2026-11-25T10:00:00Z"));
            assertThat(zero.soakEndsAt(at("2026-11-28T10:00:00Z"))).isEqualTo(at("2026-11-30T00:00:00Z"));
        }

        @Test
        void outOfRangeIsRefusedWithAMessageKey() {
            WorkingCalendar calendar = WorkingCalendar.mondayToFriday(ZoneOffset.UTC);
            assertThatThrownBy(() -> SoakPolicy.ofBusinessDays(-1, calendar))
                    .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.businessDaysOutOfRange"));
            assertThatThrownBy(() -> SoakPolicy.ofBusinessDays(367, calendar))
                    .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.policy.businessDaysOutOfRange"));
        }

        @Test
        void aCalendarWithoutWorkingDaysIsRefused() {
            assertThatThrownBy(() -> new WorkingCalendar(Set.of(), BERLIN, Set.of()))
                    .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.soak.calendar.noWorkingDays"));
        }
    }
}
