package dev.postmortem.jira.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.soak.SoakPolicyFormBody;
import dev.postmortem.jira.soak.SoakPolicyJson;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The site default soak policy as the page's form holds it: the values as typed, so a refused form shows back
 * exactly what was entered. It reads and checks them by building the REST body and handing it to the REST codec
 * ({@link SoakPolicyJson}) through {@link SoakPolicyFormBody}, as the project settings form does, so both forms
 * and {@code PUT .../soak-policy} accept exactly the same policies.
 */
public final class SiteDefaultForm {

    public static final String KIND = "kind";
    public static final String HOURS = "hours";
    public static final String DAYS = "days";
    public static final String ZONE = "zone";
    public static final String WORKING_DAYS = "workingDays";
    public static final String HOLIDAYS = "holidays";

    static final String KIND_HOURS = SoakPolicyFormBody.KIND_HOURS;
    static final String KIND_BUSINESS_DAYS = SoakPolicyFormBody.KIND_BUSINESS_DAYS;

    private final String kind;
    private final String hours;
    private final String days;
    private final String zone;
    private final List<String> workingDays;
    private final String holidays;

    private SiteDefaultForm(String kind, String hours, String days, String zone, List<String> workingDays,
            String holidays) {
        this.kind = kind;
        this.hours = hours;
        this.days = days;
        this.zone = zone;
        this.workingDays = List.copyOf(workingDays);
        this.holidays = holidays;
    }

    /** The form showing a stored policy (business-day fields get the defaults when the policy is in hours). */
    public static SiteDefaultForm of(SoakPolicy policy) {
        JsonNode json = SoakPolicyJson.write(policy);
        String kind = json.path(KIND).asText();
        List<String> working = new ArrayList<>();
        json.path(WORKING_DAYS).forEach(day -> working.add(day.asText()));
        if (working.isEmpty()) {
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).forEach(day -> working.add(day.name()));
        }
        List<String> holidayList = new ArrayList<>();
        json.path(HOLIDAYS).forEach(day -> holidayList.add(day.asText()));
        return new SiteDefaultForm(kind,
                json.has(HOURS) ? json.get(HOURS).asText() : "",
                json.has(DAYS) ? json.get(DAYS).asText() : "",
                zoneName(json.path(ZONE).asText("")),
                working, String.join("\n", holidayList));
    }

    /** UTC as people write it: java.time calls the built-in default's zone "Z". */
    private static String zoneName(String zone) {
        return zone.isEmpty() || "Z".equals(zone) ? "UTC" : zone;
    }

    /** The form as submitted; a missing field reads as empty. */
    public static SiteDefaultForm fromRequest(Map<String, String[]> parameters) {
        String[] working = parameters.getOrDefault(WORKING_DAYS, new String[0]);
        List<String> days = new ArrayList<>();
        for (String day : working) {
            if (day != null && !day.isBlank()) {
                days.add(day.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new SiteDefaultForm(single(parameters, KIND).toUpperCase(Locale.ROOT), single(parameters, HOURS),
                single(parameters, DAYS), single(parameters, ZONE), days, single(parameters, HOLIDAYS));
    }

    /** The REST body these values stand for; the codec refuses what is not a policy. */
    ObjectNode toJson() {
        return SoakPolicyFormBody.of(kind, hours, days, zone, workingDays, holidays);
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
    }

    public String getKind() {
        return kind;
    }

    public boolean isHoursKind() {
        return KIND_HOURS.equals(kind);
    }

    public String getHours() {
        return hours;
    }

    public String getDays() {
        return days;
    }

    public String getZone() {
        return zone;
    }

    public String getHolidays() {
        return holidays;
    }

    /** Monday to Sunday, each with whether it is ticked. */
    public Map<String, Boolean> workingDayChoices() {
        Map<String, Boolean> choices = new LinkedHashMap<>();
        Set<String> ticked = Set.copyOf(workingDays);
        for (DayOfWeek day : DayOfWeek.values()) {
            choices.put(day.name(), ticked.contains(day.name()));
        }
        return choices;
    }
}
