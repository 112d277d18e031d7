package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One change of a project's Postmortem settings, for the audit on the project settings page: who (a Jira user key,
 * never shown as such), when, which setting and its value before and after as short, language-neutral text (the
 * page words it in the reader's language). A value is empty when the setting had none (e.g. the site default).
 */
public record SettingsChange(long projectId, String userKey, Instant at, Setting setting, String oldValue,
        String newValue) {

    /** The longest value kept; longer ones are cut (the audit says what changed, not the whole configuration). */
    public static final int MAX_VALUE = 255;

    /** Which setting changed: the value of the SETTING column. Never rename. */
    public enum Setting {
        SOAK_POLICY,
        REMINDER_DAYS,
        NOT_DOING_RESOLUTION
    }

    public SettingsChange {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(setting, "setting");
        oldValue = cut(oldValue);
        newValue = cut(newValue);
    }

    /**
     * The change of a project's soak policy, when there is one: from and to as {@link #policyValue}. Both the
     * settings page and the REST resource record through here, so the audit reads the same whoever changed it.
     */
    public static Optional<SettingsChange> ofPolicy(long projectId, String userKey, Instant at,
            Optional<SoakPolicy> from, Optional<SoakPolicy> to) {
        String old = policyValue(from);
        String now = policyValue(to);
        return old.equals(now) ? Optional.empty()
                : Optional.of(new SettingsChange(projectId, userKey, at, Setting.SOAK_POLICY, old, now));
    }

    /**
     * A soak policy as the audit stores it: short, language-neutral text the page words in the reader's language.
     * "" is the site default (no policy of the project's own), {@code HOURS 48},
     * {@code BUSINESS_DAYS 2 Europe/Berlin 1,2,3,4,5 3} (days, zone, ISO working days, number of holidays: the dates
     * themselves would not fit a short column).
     */
    public static String policyValue(Optional<SoakPolicy> policy) {
        if (policy.isEmpty()) {
            return "";
        }
        return switch (policy.get()) {
            case SoakPolicy.Fixed fixed -> "HOURS " + fixed.duration().toHours();
            case SoakPolicy.BusinessDays days -> {
                WorkingCalendar calendar = days.calendar();
                yield "BUSINESS_DAYS " + days.days() + " " + calendar.zone().getId() + " "
                        + new TreeSet<>(calendar.workingDays()).stream().map(d -> String.valueOf(d.getValue()))
                                .collect(Collectors.joining(","))
                        + " " + calendar.holidays().size();
            }
        };
    }

    private static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "\u2026";
    }
}
