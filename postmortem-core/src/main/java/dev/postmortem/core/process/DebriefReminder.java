package dev.postmortem.core.process;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When participants are reminded of their personal accounts before a planned debrief: one business day before,
 * counted in a zone (Saturday and Sunday skipped), so a Monday debrief is reminded on the Friday before, at the same
 * local time of day. Counted in the zone, not UTC: a Tuesday morning in Sydney is Monday in UTC, and a daylight-saving
 * change must not move the reminder by an hour.
 */
public final class DebriefReminder {

    private DebriefReminder() {
    }

    /** When the reminder of a debrief at {@code debriefAt} is due, counted in {@code zone}. */
    public static Instant dueAt(Instant debriefAt, ZoneId zone) {
        Objects.requireNonNull(debriefAt, "debriefAt");
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime due = debriefAt.atZone(zone).minusDays(1);
        while (isWeekend(due.getDayOfWeek())) {
            due = due.minusDays(1);
        }
        return due.toInstant();
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
