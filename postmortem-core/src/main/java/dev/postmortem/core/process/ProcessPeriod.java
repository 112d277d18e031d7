package dev.postmortem.core.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The calendar days a metrics request covers, {@code from} and {@code to} both included, in UTC (the same answer
 * for every caller, whatever their time zone). At most {@link #MAX_DAYS} days, so one request reads a bounded
 * part of the log.
 */
public record ProcessPeriod(LocalDate from, LocalDate to) {

    /** A year, leap day included. */
    public static final int MAX_DAYS = 366;

    public ProcessPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("more than " + MAX_DAYS + " days");
        }
    }

    /** How many days {@code from} to {@code to} cover, both included; 0 or less when {@code to} is earlier. */
    public static long days(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
