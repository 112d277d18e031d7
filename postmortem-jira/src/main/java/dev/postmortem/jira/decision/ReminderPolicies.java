package dev.postmortem.jira.decision;

import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.decision.ReminderPolicy;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A project's decision settings with its reminder rule: the reminder business days of its decision settings, counted
 * on the working calendar of its soak policy. A project whose soak is counted in hours has no calendar of its own;
 * its reminders count Monday to Friday in Jira's default time zone ({@code fallbackZone}).
 */
public class ReminderPolicies {

    /** A project's settings and the reminder rule they give. */
    public record ForProject(DecisionSettings settings, ReminderPolicy policy) {

        public ForProject {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(policy, "policy");
        }
    }

    private final DecisionSettingsStore settings;
    private final SoakRecords soakRecords;
    private final ZoneId fallbackZone;

    public ReminderPolicies(DecisionSettingsStore settings, SoakRecords soakRecords, ZoneId fallbackZone) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.soakRecords = Objects.requireNonNull(soakRecords, "soakRecords");
        this.fallbackZone = Objects.requireNonNull(fallbackZone, "fallbackZone");
    }

    /** One settings read and one (cached) policy read. A stored day count out of range gives the default. */
    public ForProject forProject(long projectId) {
        DecisionSettings projectSettings = settings.forProject(projectId);
        WorkingCalendar calendar = soakRecords.policyFor(projectId) instanceof SoakPolicy.BusinessDays businessDays
                ? businessDays.calendar()
                : WorkingCalendar.mondayToFriday(fallbackZone);
        ReminderPolicy policy;
        try {
            policy = new ReminderPolicy(projectSettings.reminderBusinessDays(), calendar);
        } catch (InvalidInput e) {
            policy = ReminderPolicy.withDefaultDays(calendar);
        }
        return new ForProject(projectSettings, policy);
    }
}
