package dev.postmortem.jira.settings;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.host.UserTexts;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings page's words for the current user ({@link UserTexts}: their language, Jira's date format, display
 * names): a policy in a short sentence ("2 business days (Mon–Fri; Europe/Berlin; 3 holidays)"), day names, problems.
 */
public class SettingsTexts extends UserTexts {

    static final String FORMER_USER_KEY = "postmortem.jira.settings.formerUser";

    public SettingsTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        super(authenticationContext, dateTimeFormatter, userManager, FORMER_USER_KEY);
    }

    String problem(FieldProblem problem) {
        return text(problem.messageKey(), problem.args().toArray());
    }

    String dayName(DayOfWeek day) {
        return text("postmortem.jira.settings.day." + day.getValue());
    }

    /** A policy in a few words, as the site default's label and the audit show it. */
    String policy(SoakPolicy policy) {
        return switch (policy) {
            case SoakPolicy.Fixed fixed -> hours(fixed.duration().toHours());
            case SoakPolicy.BusinessDays days -> {
                WorkingCalendar calendar = days.calendar();
                yield businessDays(days.days(), calendar.workingDays(), calendar.zone().getId(),
                        calendar.holidays().size());
            }
        };
    }

    String hours(long hours) {
        return text("postmortem.jira.settings.policy.hours", hours);
    }

    String businessDays(int days, Set<DayOfWeek> workingDays, String zone, int holidays) {
        // ZoneOffset.UTC's id is "Z" (the built-in default's zone); people know it as UTC.
        String zoneName = "Z".equals(zone) ? "UTC" : zone;
        return text("postmortem.jira.settings.policy.businessDays", days, dayRanges(workingDays), zoneName, holidays);
    }

    /** Short day names, runs of three or more as a range: "Mon–Fri", "Mon, Wed, Fri", "Sun–Thu". */
    String dayRanges(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> sorted = new ArrayList<>(new TreeSet<>(days));
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(shortDay(sorted.get(i)) + "\u2013" + shortDay(sorted.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(shortDay(sorted.get(k)));
                }
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private String shortDay(DayOfWeek day) {
        return text("postmortem.jira.settings.dayShort." + day.getValue());
    }
}
