package dev.postmortem.jira.soak;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.jira.host.Json;

import java.util.regex.Pattern;

/**
 * The REST body ({@link SoakPolicyJson}) that a soak-policy form's typed values stand for. The site default form
 * (Administration → Postmortem) and the project settings form both read their policy through it, so the two forms
 * and {@code PUT .../soak-policy} accept exactly the same policies and refuse the rest with the same words.
 */
public final class SoakPolicyFormBody {

    public static final String KIND_HOURS = "HOURS";
    public static final String KIND_BUSINESS_DAYS = "BUSINESS_DAYS";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern HOLIDAY_SEPARATORS = Pattern.compile("[\\s,;]+");

    private SoakPolicyFormBody() {
    }

    /**
     * @param kind        {@link #KIND_HOURS}, or anything else for business days (the codec refuses an unknown kind)
     * @param zone        blank for the codec's default, UTC
     * @param workingDays day names as ticked
     * @param holidays    dates separated by white space, commas or semicolons
     */
    public static ObjectNode of(String kind, String hours, String days, String zone, Iterable<String> workingDays,
            String holidays) {
        ObjectNode body = Json.object();
        body.put("kind", kind);
        if (KIND_HOURS.equals(kind)) {
            number(body, "hours", hours);
        } else {
            number(body, "days", days);
            if (!zone.isBlank()) {
                body.put("zone", zone.strip());
            }
            ArrayNode working = body.putArray("workingDays");
            workingDays.forEach(working::add);
            ArrayNode dates = body.putArray("holidays");
            for (String date : HOLIDAY_SEPARATORS.split(holidays.strip())) {
                if (!date.isEmpty()) {
                    dates.add(date);
                }
            }
        }
        return body;
    }

    /** A whole number goes to the codec as a number; anything else as text, which it refuses with its own words. */
    private static void number(ObjectNode body, String field, String typed) {
        String value = typed.strip();
        if (WHOLE_NUMBER.matcher(value).matches()) {
            body.put(field, Long.parseLong(value));
        } else {
            body.put(field, value);
        }
    }
}
