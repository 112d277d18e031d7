package dev.postmortem.jira.settings;


import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * A soak policy as the audit stored it ({@link dev.postmortem.jira.storage.SettingsChange#policyValue}), in the
 * reader's words.
 */
final class AuditValues {

    private AuditValues() {
    }

    /** The stored text in the reader's words; text this version cannot read is shown as it is. */
    static String wordPolicy(String stored, SettingsTexts texts) {
        if (stored == null || stored.isBlank()) {
            return texts.text("postmortem.jira.settings.policy.siteDefault");
        }
        String[] parts = stored.strip().split(" ");
        try {
            if (parts.length == 2 && parts[0].equals("HOURS")) {
                return texts.hours(Long.parseLong(parts[1]));
            }
            if (parts.length == 5 && parts[0].equals("BUSINESS_DAYS")) {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String day : parts[3].split(",")) {
                    days.add(DayOfWeek.of(Integer.parseInt(day)));
                }
                return texts.businessDays(Integer.parseInt(parts[1]), days, parts[2], Integer.parseInt(parts[4]));
            }
        } catch (RuntimeException e) {
            // fall through: shown as stored
        }
        return stored;
    }
}
