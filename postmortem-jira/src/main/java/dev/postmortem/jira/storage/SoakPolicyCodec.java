package dev.postmortem.jira.storage;

import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a core {@link SoakPolicy} to the columns of {@link SoakPolicyEntity} and back. Kept apart from the AO code
 * so the text formats (days "1,2,3,4,5", holidays "2026-12-24,2026-12-25") are tested without a database.
 */
final class SoakPolicyCodec {

    private SoakPolicyCodec() {
    }

    /** The column values of one policy row (besides its project). */
    record Columns(String soakMode, long amount, String workingDays, String zoneId, String holidays) {

        void writeTo(SoakPolicyEntity row) {
            row.setSoakMode(soakMode);
            row.setAmount(amount);
            row.setWorkingDays(workingDays);
            row.setZoneId(zoneId);
            row.setHolidays(holidays);
        }
    }

    /** @throws InvalidInput when the table cannot hold the policy exactly */
    static Columns columns(SoakPolicy policy) {
        return switch (policy) {
            case SoakPolicy.Fixed fixed -> {
                Duration duration = fixed.duration();
                if (!duration.equals(Duration.ofHours(duration.toHours()))) {
                    // The table stores whole hours; silently rounding would change the rule a project set.
                    throw new InvalidInput("postmortem.jira.storage.policy.wholeHoursOnly");
                }
                yield new Columns(SoakMode.HOURS.name(), duration.toHours(), null, null, null);
            }
            case SoakPolicy.BusinessDays businessDays -> {
                WorkingCalendar calendar = businessDays.calendar();
                yield new Columns(SoakMode.BUSINESS_DAYS.name(), businessDays.days(),
                        calendar.workingDays().stream().sorted()
                                .map(day -> String.valueOf(day.getValue())).collect(Collectors.joining(",")),
                        calendar.zone().getId(),
                        calendar.holidays().stream().sorted()
                                .map(LocalDate::toString).collect(Collectors.joining(",")));
            }
        };
    }

    /** @throws IllegalStateException when the row cannot be read (edited by hand, or by a newer model) */
    static SoakPolicy read(SoakPolicyEntity row) {
        try {
            SoakMode mode = SoakMode.valueOf(row.getSoakMode());
            long amount = row.getAmount();
            return switch (mode) {
                case HOURS -> SoakPolicy.ofHours(amount);
                case BUSINESS_DAYS -> SoakPolicy.ofBusinessDays(Math.toIntExact(amount), new WorkingCalendar(
                        days(row.getWorkingDays()), ZoneId.of(row.getZoneId()), holidays(row.getHolidays())));
            };
        } catch (IllegalArgumentException | NullPointerException | DateTimeException | ArithmeticException e) {
            throw new IllegalStateException("unreadable soak policy row " + row.getID(), e);
        }
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : split(text)) {
            days.add(DayOfWeek.of(Integer.parseInt(part)));
        }
        return days;
    }

    private static Set<LocalDate> holidays(String text) {
        return Arrays.stream(split(text)).map(LocalDate::parse).collect(Collectors.toSet());
    }

    private static String[] split(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
