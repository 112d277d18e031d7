package dev.postmortem.jira.settings;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A soak policy as the audit stores it: short, language-neutral text that the page words in the reader's language
 * when it shows the change. "" is the site default, {@code HOURS 48}, {@code BUSINESS_DAYS 2 Europe/Berlin 1,2,3,4,5 3}
 * (days, zone, ISO working days, number of holidays: the dates themselves would not fit a short column).
 */
final class AuditValues {

    private AuditValues() {
    }

    static String policy(Optional<SoakPolicy> policy) {
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
