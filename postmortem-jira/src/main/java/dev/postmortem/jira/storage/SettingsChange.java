package dev.postmortem.jira.storage;

import java.time.Instant;
import java.util.Objects;

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

    private static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "\u2026";
    }
}
