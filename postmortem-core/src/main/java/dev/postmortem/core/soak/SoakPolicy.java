package dev.postmortem.core.soak;

import dev.postmortem.core.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * How long an action must soak after a debrief before it may be committed.
 *
 * <p>Two kinds:
 * <ul>
 *   <li>{@link Fixed}: an absolute {@link Duration} added to the debrief instant. DST does not matter: 48 hours
 *       are 48 real hours even across a clock change.</li>
 *   <li>{@link BusinessDays}: N working days on a {@link WorkingCalendar}. The soak ends at the same local
 *       wall-clock time N working days later in the calendar's zone, skipping non-working days and holidays.
 *       If the debrief happened on a non-working day, counting starts at the beginning (00:00 local) of the
 *       next working day, so a Saturday debrief with 2 business days ends on Wednesday at 00:00 (Monday and
 *       Tuesday soak in full). Days the zone skipped entirely (Samoa's 30 December 2011) are no working days.
 *       The wall-clock time carried over is the latest the zone's clocks have shown by the debrief: a debrief
 *       in the second pass of a repeated hour (after the clocks went back) counts as the time they went back
 *       from. A local end time that falls into a DST gap ends when the gap ends (the first instant after the
 *       jump); one that falls into an overlap takes the earlier offset.</li>
 * </ul>
 * <p>Both kinds are <b>monotonic</b>: a later debrief never gives an earlier soak end (see
 * {@code docs/core-rules.md}).
 */
public sealed interface SoakPolicy permits SoakPolicy.Fixed, SoakPolicy.BusinessDays {

    /**
     * Longest business-day soak accepted; protects the day-by-day walk from absurd configuration. The only
     * definition: the REST policy form checks against it.
     */
    int MAX_BUSINESS_DAYS = 366;

    /**
     * Longest fixed soak accepted: 366 days, so that "one year" is accepted in a leap year too; anything longer is
     * certainly a typo, and it keeps the arithmetic far from overflow. The only definition of the limit: the
     * project policy (REST) and the hours of a workflow condition or validator both check against
     * {@link #MAX_HOURS}, so the two accept the same range.
     */
    Duration MAX_DURATION = Duration.ofDays(366);

    /** {@link #MAX_DURATION} in whole hours (8784): the largest value {@link #ofHours} accepts. */
    long MAX_HOURS = MAX_DURATION.toHours();

    /**
     * Our assumption, not a rule from any source: two business days, Monday to Friday, in UTC, no holidays.
     * A project that works in another zone or has holidays should configure its own policy.
     */
    SoakPolicy DEFAULT = ofBusinessDays(2, WorkingCalendar.mondayToFriday(ZoneOffset.UTC));

    /** The instant from which the action may be committed (inclusive) for a debrief held at {@code debriefAt}. */
    Instant soakEndsAt(Instant debriefAt);

    static SoakPolicy ofHours(long hours) {
        if (hours < 0) {
            throw new InvalidInput("postmortem.soak.policy.negative");
        }
        if (hours > MAX_HOURS) {
            throw new InvalidInput("postmortem.soak.policy.tooLong");
        }
        return new Fixed(Duration.ofHours(hours));
    }

    static SoakPolicy ofDuration(Duration duration) {
        return new Fixed(duration);
    }

    static SoakPolicy ofBusinessDays(int days, WorkingCalendar calendar) {
        return new BusinessDays(days, calendar);
    }

    /** An absolute soak: the debrief instant plus a duration. */
    record Fixed(Duration duration) implements SoakPolicy {
        public Fixed {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new InvalidInput("postmortem.soak.policy.negative");
            }
            if (duration.compareTo(MAX_DURATION) > 0) {
                throw new InvalidInput("postmortem.soak.policy.tooLong");
            }
        }

        @Override
        public Instant soakEndsAt(Instant debriefAt) {
            return Objects.requireNonNull(debriefAt, "debriefAt").plus(duration);
        }
    }

    /** A soak of whole working days on a calendar; see the interface comment for the exact rule. */
    record BusinessDays(int days, WorkingCalendar calendar) implements SoakPolicy {
        public BusinessDays {
            Objects.requireNonNull(calendar, "calendar");
            if (days < 0 || days > MAX_BUSINESS_DAYS) {
                throw new InvalidInput("postmortem.soak.policy.businessDaysOutOfRange");
            }
        }

        @Override
        public Instant soakEndsAt(Instant debriefAt) {
            Objects.requireNonNull(debriefAt, "debriefAt");
            LocalDateTime start = latestWallClockTime(debriefAt, calendar.zone());
            LocalDate day = start.toLocalDate();
            LocalTime time = start.toLocalTime();
            if (!calendar.isWorkingDay(day)) {
                day = calendar.nextWorkingDayAfter(day);
                time = LocalTime.MIDNIGHT;
                if (days == 0) {
                    return instantOf(day.atStartOfDay(), calendar.zone());
                }
            } else if (days == 0) {
                return debriefAt;
            }
            for (int i = 0; i < days; i++) {
                day = calendar.nextWorkingDayAfter(day);
            }
            return instantOf(day.atTime(time), calendar.zone());
        }

        /**
         * The latest wall-clock time the zone's clocks have shown up to {@code instant}: its local time, except in
         * the second pass of a repeated hour (after the clocks went back), where it is the time they went back
         * from. It never decreases as the instant moves on, which is what keeps the soak end monotonic.
         */
        static LocalDateTime latestWallClockTime(Instant instant, ZoneId zone) {
            LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
            ZoneOffsetTransition last = instant.equals(Instant.MAX)
                    ? null : zone.getRules().previousTransition(instant.plusNanos(1));
            if (last != null && last.isOverlap()
                    && instant.isBefore(last.getInstant().plus(last.getDuration().negated()))) {
                return last.getDateTimeBefore();
            }
            return local;
        }

        /**
         * The instant of a local time: in a gap (the clocks jumped over it) the instant the gap ends; in an
         * overlap the earlier of the two.
         */
        static Instant instantOf(LocalDateTime local, ZoneId zone) {
            ZoneRules rules = zone.getRules();
            List<ZoneOffset> offsets = rules.getValidOffsets(local);
            if (offsets.isEmpty()) {
                return rules.getTransition(local).getInstant();
            }
            return local.toInstant(offsets.get(0));
        }
    }
}
