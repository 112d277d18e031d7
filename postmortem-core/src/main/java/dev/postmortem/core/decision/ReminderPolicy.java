package dev.postmortem.core.decision;

import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;

import java.time.Instant;
import java.util.Objects;

/**
 * When actions still awaiting a decision are reminded of: {@code businessDays} working days after the soak
 * ended, on the project's working calendar (the calendar of its soak policy).
 *
 * <p>The due instant follows the business-day rule of the soak itself ({@link SoakPolicy.BusinessDays}, see
 * {@code docs/core-rules.md}): the same wall-clock time N working days after the soak end's day; a soak that ended
 * on a non-working day counts from 00:00 of the next working day; days the zone skipped are no working days; a due
 * time the clocks jumped over is when the gap ends. So it is monotonic: a later soak end never gives an earlier
 * reminder.
 *
 * @param businessDays 1 to {@link SoakPolicy#MAX_BUSINESS_DAYS}; 0 would remind together with the soak-end notice
 */
public record ReminderPolicy(int businessDays, WorkingCalendar calendar) {

    /** Our assumption, from issue 13: a working week after the soak ended. */
    public static final int DEFAULT_BUSINESS_DAYS = 5;

    public ReminderPolicy {
        Objects.requireNonNull(calendar, "calendar");
        if (businessDays < 1 || businessDays > SoakPolicy.MAX_BUSINESS_DAYS) {
            throw new InvalidInput(DecisionMessages.REMINDER_OUT_OF_RANGE);
        }
    }

    /** The default number of business days on the given calendar. */
    public static ReminderPolicy withDefaultDays(WorkingCalendar calendar) {
        return new ReminderPolicy(DEFAULT_BUSINESS_DAYS, calendar);
    }

    /** When the reminder for a soak that ended at {@code soakEndedAt} is due (inclusive). */
    public Instant dueAt(Instant soakEndedAt) {
        Objects.requireNonNull(soakEndedAt, "soakEndedAt");
        return SoakPolicy.ofBusinessDays(businessDays, calendar).soakEndsAt(soakEndedAt);
    }

    /** Whether the reminder for that soak end is due at {@code now}. */
    public boolean isDue(Instant soakEndedAt, Instant now) {
        Objects.requireNonNull(now, "now");
        return !now.isBefore(dueAt(soakEndedAt));
    }
}
