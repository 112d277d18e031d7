package dev.postmortem.jira.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import jakarta.ws.rs.core.Response.Status;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The REST form of a soak policy:
 * <pre>{@code
 * {"kind": "HOURS", "hours": 48}
 * {"kind": "BUSINESS_DAYS", "days": 2, "zone": "Europe/Berlin",
 *  "workingDays": ["MONDAY", ..., "FRIDAY"], "holidays": ["2026-12-24"]}
 * }</pre>
 * Reading collects every problem of the request (each with its field) and then lets the core's constructors
 * decide the rest (ranges, a calendar without working days), so the rules live in one place. The project settings
 * page reads its form through {@link #read} too, so the REST API and the page accept exactly the same policies.
 */
public final class SoakPolicyJson {

    static final String KIND_KEY = "postmortem.jira.rest.policy.kind";
    static final String WHOLE_NUMBER_KEY = "postmortem.jira.rest.policy.wholeNumber";
    static final String ZONE_KEY = "postmortem.jira.rest.policy.zone";
    static final String DAY_KEY = "postmortem.jira.rest.policy.day";
    static final String DATE_KEY = "postmortem.jira.rest.policy.date";
    static final String LIST_KEY = "postmortem.jira.rest.policy.list";

    private SoakPolicyJson() {
    }

    static ObjectNode write(SoakPolicy policy) {
        ObjectNode node = Json.object();
        switch (policy) {
            case SoakPolicy.Fixed fixed -> {
                node.put("kind", "HOURS");
                Duration duration = fixed.duration();
                if (duration.toMinutes() % 60 == 0) {
                    node.put("hours", duration.toHours());
                } else {
                    node.put("hours", duration.toMinutes() / 60.0);
                }
            }
            case SoakPolicy.BusinessDays days -> {
                node.put("kind", "BUSINESS_DAYS");
                node.put("days", days.days());
                WorkingCalendar calendar = days.calendar();
                node.put("zone", calendar.zone().getId());
                ArrayNode working = node.putArray("workingDays");
                new TreeSet<>(calendar.workingDays()).forEach(day -> working.add(day.name()));
                ArrayNode holidays = node.putArray("holidays");
                new TreeSet<>(calendar.holidays()).forEach(day -> holidays.add(day.toString()));
            }
        }
        return node;
    }

    /**
     * @throws RestProblem (400) with every problem of the request, each with its field ({@code kind}, {@code hours},
     *         {@code days}, {@code zone}, {@code workingDays}, {@code holidays}) or none for a rule of the core's
     */
    public static SoakPolicy read(JsonNode request) {
        List<RestProblem.Detail> problems = new ArrayList<>();
        String kind = request.path("kind").asText("").toUpperCase(Locale.ROOT);
        SoakPolicy policy = null;
        switch (kind) {
            case "HOURS" -> {
                Long hours = wholeNumber(request, "hours", 0, SoakPolicy.MAX_HOURS, problems);
                if (problems.isEmpty()) {
                    policy = core(() -> SoakPolicy.ofHours(hours), problems);
                }
            }
            case "BUSINESS_DAYS" -> {
                Long days = wholeNumber(request, "days", 0, SoakPolicy.MAX_BUSINESS_DAYS, problems);
                ZoneId zone = zone(request, problems);
                Set<DayOfWeek> working = workingDays(request, problems);
                Set<LocalDate> holidays = holidays(request, problems);
                if (problems.isEmpty()) {
                    policy = core(() -> SoakPolicy.ofBusinessDays(days.intValue(),
                            new WorkingCalendar(working, zone, holidays)), problems);
                }
            }
            default -> problems.add(new RestProblem.Detail(KIND_KEY, List.of(), "kind"));
        }
        if (!problems.isEmpty()) {
            throw new RestProblem(Status.BAD_REQUEST, problems);
        }
        return policy;
    }

    private interface CoreCall {
        SoakPolicy make();
    }

    /** The core reports a broken rule as {@link InvalidInput}: its key and arguments become the request's error. */
    private static SoakPolicy core(CoreCall call, List<RestProblem.Detail> problems) {
        try {
            return call.make();
        } catch (InvalidInput e) {
            problems.add(new RestProblem.Detail(e.messageKey(), e.args(), null));
            return null;
        }
    }

    private static Long wholeNumber(JsonNode request, String field, long min, long max,
            List<RestProblem.Detail> problems) {
        JsonNode node = request.get(field);
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()
                || node.asLong() < min || node.asLong() > max) {
            problems.add(new RestProblem.Detail(WHOLE_NUMBER_KEY, List.of(min, max), field));
            return null;
        }
        return node.asLong();
    }

    private static ZoneId zone(JsonNode request, List<RestProblem.Detail> problems) {
        JsonNode node = request.get("zone");
        if (node == null || node.isNull()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            problems.add(new RestProblem.Detail(ZONE_KEY, List.of(node.asText()), "zone"));
            return null;
        }
    }

    private static Set<DayOfWeek> workingDays(JsonNode request, List<RestProblem.Detail> problems) {
        JsonNode node = request.get("workingDays");
        if (node == null || node.isNull()) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        if (!node.isArray()) {
            problems.add(new RestProblem.Detail(LIST_KEY, List.of(), "workingDays"));
            return Set.of();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : node) {
            try {
                days.add(DayOfWeek.valueOf(day.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new RestProblem.Detail(DAY_KEY, List.of(day.asText()), "workingDays"));
            }
        }
        return days;
    }

    private static Set<LocalDate> holidays(JsonNode request, List<RestProblem.Detail> problems) {
        JsonNode node = request.get("holidays");
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            problems.add(new RestProblem.Detail(LIST_KEY, List.of(), "holidays"));
            return Set.of();
        }
        Set<LocalDate> dates = new TreeSet<>();
        for (JsonNode date : node) {
            try {
                dates.add(LocalDate.parse(date.asText()));
            } catch (DateTimeException e) {
                problems.add(new RestProblem.Detail(DATE_KEY, List.of(date.asText()), "holidays"));
            }
        }
        return dates;
    }
}
