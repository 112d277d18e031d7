package dev.postmortem.core.soak;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How long a soak still runs, as shown to a person: whole days, hours and minutes.
 *
 * <p>Rounded <em>up</em> to the next whole minute. Someone reading "time left" wants to know when they may commit;
 * rounding down would show "0 min" for up to a minute while the gate still refuses, and would promise the end
 * before it comes. Rounding up is at most 59 seconds late and never early. At the end itself (the soak end is
 * inclusive: the action is committable at {@code now == end}) and after it, no time is left.
 *
 * <p>A day here is 24 hours of elapsed time, not a calendar or working day: "1 d 2 h" across a weekend or a clock
 * change means 26 real hours. The end's date and time, in the reader's zone, are shown next to it for the
 * calendar reading.
 *
 * @param days    whole 24-hour days
 * @param hours   0–23
 * @param minutes 0–59
 */
public record TimeLeft(long days, int hours, int minutes) {

    public static final TimeLeft NONE = new TimeLeft(0, 0, 0);

    private static final long MINUTES_PER_DAY = 24 * 60;

    public TimeLeft {
        if (days < 0 || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
            throw new IllegalArgumentException("days not negative, hours 0-23, minutes 0-59");
        }
    }

    /** The time left from {@code now} until {@code end}; {@link #NONE} at or after the end. */
    public static TimeLeft between(Instant now, Instant end) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(end, "end");
        Duration left = Duration.between(now, end);
        if (left.isNegative() || left.isZero()) {
            return NONE;
        }
        long minutes = left.toMinutes();
        if (left.compareTo(Duration.ofMinutes(minutes)) > 0) {
            minutes++; // a started minute counts as a whole one
        }
        return new TimeLeft(minutes / MINUTES_PER_DAY, (int) (minutes / 60 % 24), (int) (minutes % 60));
    }

    /** Whether the soak is over: nothing left to wait for. */
    public boolean over() {
        return days == 0 && hours == 0 && minutes == 0;
    }

    /** For a message of the form "{0} d {1} h {2} min". */
    public List<Object> messageArgs() {
        return List.of(days, hours, minutes);
    }
}
