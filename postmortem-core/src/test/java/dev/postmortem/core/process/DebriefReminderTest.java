package dev.postmortem.core.process;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DebriefReminderTest {

    private static final Instant THURSDAY = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theReminderIsDueOneBusinessDayBeforeAndAMondayDebriefIsRemindedOnFriday() {
        assertThat(DebriefReminder.dueAt(THURSDAY, ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(DebriefReminder.dueAt(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void theBusinessDayBeforeIsCountedInTheZoneNotUtc() {
        ZoneId sydney = ZoneId.of("Australia/Sydney");
        // Tuesday 09:00 in Sydney is Monday 22:00 UTC: counted in UTC it fell on Saturday 09:00 in Sydney.
        Instant tuesdayInSydney = ZonedDateTime.of(2026, 12, 8, 9, 0, 0, 0, sydney).toInstant();
        assertThat(DebriefReminder.dueAt(tuesdayInSydney, sydney))
                .isEqualTo(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, sydney).toInstant());
        // Across the end of summer time the reminder keeps the debrief's local time of day.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant mondayAfterDst = ZonedDateTime.of(2026, 10, 26, 9, 0, 0, 0, berlin).toInstant();
        assertThat(DebriefReminder.dueAt(mondayAfterDst, berlin))
                .isEqualTo(ZonedDateTime.of(2026, 10, 23, 9, 0, 0, 0, berlin).toInstant());
    }
}
