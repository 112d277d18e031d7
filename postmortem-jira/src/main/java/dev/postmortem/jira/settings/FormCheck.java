package dev.postmortem.jira.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.InvalidInput;
import dev.postmortem.core.decision.ReminderPolicy;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.soak.SoakPolicyFormBody;
import dev.postmortem.jira.soak.SoakPolicyJson;
import dev.postmortem.jira.storage.DecisionSettings;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the whole form and answers either the settings to save or every problem, by field. It decides nothing
 * itself: the policy goes through {@link SoakPolicyJson#read} (the REST resource's reading, which asks the core), the
 * reminder through the core's {@link ReminderPolicy}; only "which field is it about" is added here.
 */
final class FormCheck {

    static final String MODE_KEY = "postmortem.jira.settings.soak.modeInvalid";
    static final String RESOLUTION_KEY = "postmortem.jira.settings.decision.resolutionUnknown";
    /** The core's key for a calendar without working days: a problem of the working-day boxes. */
    static final String NO_WORKING_DAYS_KEY = "postmortem.soak.calendar.noWorkingDays";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Map<String, Field> REST_FIELDS = Map.of("kind", Field.MODE, "hours", Field.HOURS,
            "days", Field.DAYS, "zone", Field.ZONE, "workingDays", Field.WORKING_DAYS, "holidays", Field.HOLIDAYS);

    /** The settings to save: the project's own policy (empty for the site default) and the decision settings. */
    record Settings(Optional<SoakPolicy> policy, DecisionSettings decision) {
    }

    /** Either {@link #settings} or {@link #problems} (at most one per field, the first found). */
    record Result(Optional<Settings> settings, Map<Field, FieldProblem> problems) {

        boolean valid() {
            return settings.isPresent();
        }
    }

    private FormCheck() {
    }

    /**
     * @param resolutionIds Jira's resolution ids, or empty when the list is not available: then the resolution is
     *                      not changed and {@code keptResolution} is saved
     */
    static Result check(ProjectSettingsForm form, Optional<Set<String>> resolutionIds,
            Optional<String> keptResolution) {
        Map<Field, FieldProblem> problems = new LinkedHashMap<>();
        Optional<SoakPolicy> policy = policy(form, problems);
        Optional<Integer> reminder = reminderDays(form.reminderDays(), problems);
        Optional<String> resolution = resolutionIds.isEmpty() ? keptResolution
                : resolution(form.resolutionId().strip(), resolutionIds.get(), problems);
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Settings(policy, new DecisionSettings(reminder.orElseThrow(), resolution))),
                Map.of());
    }

    private static Optional<SoakPolicy> policy(ProjectSettingsForm form, Map<Field, FieldProblem> problems) {
        Optional<PolicyMode> mode = PolicyMode.parse(form.mode());
        if (mode.isEmpty()) {
            add(problems, new FieldProblem(Field.MODE, MODE_KEY, List.of()));
            return Optional.empty();
        }
        if (mode.get() == PolicyMode.SITE_DEFAULT) {
            return Optional.empty();
        }
        boolean hours = mode.get() == PolicyMode.HOURS;
        Field amountField = hours ? Field.HOURS : Field.DAYS;
        ObjectNode request = SoakPolicyFormBody.of(
                hours ? SoakPolicyFormBody.KIND_HOURS : SoakPolicyFormBody.KIND_BUSINESS_DAYS, form.hours(),
                form.days(), form.zone(), form.workingDays(), form.holidays());
        try {
            return Optional.of(SoakPolicyJson.read(request));
        } catch (RestProblem problem) {
            for (RestProblem.Detail detail : problem.details()) {
                Field field = detail.field() != null ? REST_FIELDS.getOrDefault(detail.field(), amountField)
                        : NO_WORKING_DAYS_KEY.equals(detail.messageKey()) ? Field.WORKING_DAYS : amountField;
                add(problems, new FieldProblem(field, detail.messageKey(), detail.args()));
            }
            return Optional.empty();
        }
    }

    private static Optional<Integer> reminderDays(String typed, Map<Field, FieldProblem> problems) {
        String value = typed.strip();
        try {
            int days = WHOLE_NUMBER.matcher(value).matches() && value.length() <= 9 ? Integer.parseInt(value) : -1;
            // The core's rule decides the range; the calendar does not matter for it.
            return Optional.of(new ReminderPolicy(days, WorkingCalendar.mondayToFriday(ZoneOffset.UTC)).businessDays());
        } catch (InvalidInput e) {
            add(problems, new FieldProblem(Field.REMINDER_DAYS, e.messageKey(), e.args()));
            return Optional.empty();
        }
    }

    private static Optional<String> resolution(String id, Set<String> known, Map<Field, FieldProblem> problems) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!known.contains(id)) {
            add(problems, new FieldProblem(Field.RESOLUTION, RESOLUTION_KEY, List.of()));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static void add(Map<Field, FieldProblem> problems, FieldProblem problem) {
        problems.putIfAbsent(problem.field(), problem);
    }
}
