package dev.postmortem.core.soak;

import dev.postmortem.core.InvalidInput;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which local dates count as working days, and in which time zone they are local.
 *
 * <p>A date is a working day when its day of week is in {@code workingDays}, it is not in {@code holidays}, and
 * it existed in the zone (a zone may skip a whole day, as Samoa did on 30 December 2011).
 * The sets are copied, so the calendar is immutable.
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, ZoneId zone, Set<LocalDate> holidays) {

    public WorkingCalendar {
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(holidays, "holidays");
        if (workingDays.isEmpty()) {
            // Without a working day no business-day soak could ever end.
            throw new InvalidInput("postmortem.soak.calendar.noWorkingDays");
        }
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday in the given zone, no holidays. */
    public static WorkingCalendar mondayToFriday(ZoneId zone) {
        return new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), zone, Set.of());
    }

    /** The same calendar with these holidays (replacing any it had). */
    public WorkingCalendar withHolidays(Set<LocalDate> newHolidays) {
        Objects.requireNonNull(newHolidays, "newHolidays");
        return new WorkingCalendar(workingDays, zone, newHolidays);
    }

    /** A working day of the week, not a holiday, and a day that happened in the zone (not one it skipped). */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date) && existsInZone(date);
    }

    /** False for a date the zone skipped entirely, such as 30 December 2011 in Pacific/Apia. */
    private boolean existsInZone(LocalDate date) {
        return date.atStartOfDay(zone).toLocalDate().equals(date);
    }

    /** The first working day strictly after {@code date}. Terminates: holidays are finite, workingDays is not empty. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
