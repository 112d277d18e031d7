package dev.postmortem.jira.settings;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.storage.DecisionSettings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The settings form as the user typed it, every value a string, so that a form with errors is shown back exactly as
 * typed (nothing the user entered is lost). Built from the request ({@link #read}) or from the stored settings
 * ({@link #of}); checked by {@link FormCheck}.
 *
 * @param mode        a {@link PolicyMode} name, or what was sent
 * @param workingDays {@link DayOfWeek} names of the ticked boxes
 * @param holidays    the holidays text, one date per line
 */
record ProjectSettingsForm(String mode, String hours, String days, String zone, Set<String> workingDays,
        String holidays, String reminderDays, String resolutionId) {

    /** Longest value kept from a request field: far beyond any valid value, and bounds what is echoed back. */
    static final int MAX_FIELD = 20_000;

    ProjectSettingsForm {
        workingDays = Set.copyOf(workingDays);
    }

    /** @param parameters the request's values of a parameter, or null when it was not sent */
    static ProjectSettingsForm read(Function<String, String[]> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Set<String> days = new LinkedHashSet<>();
        String[] ticked = parameters.apply(Field.WORKING_DAYS.input());
        if (ticked != null) {
            Arrays.stream(ticked).filter(Objects::nonNull).filter(day -> !day.isBlank()).map(ProjectSettingsForm::bounded)
                    .forEach(days::add);
        }
        return new ProjectSettingsForm(first(parameters, Field.MODE), first(parameters, Field.HOURS),
                first(parameters, Field.DAYS), first(parameters, Field.ZONE), days,
                first(parameters, Field.HOLIDAYS), first(parameters, Field.REMINDER_DAYS),
                first(parameters, Field.RESOLUTION));
    }

    /**
     * The stored settings as the form shows them. Without a policy of its own the project shows the site default's
     * values in the hidden fields, so that switching to a policy of its own starts from what applies now.
     */
    static ProjectSettingsForm of(Optional<SoakPolicy> own, SoakPolicy siteDefault, DecisionSettings decision) {
        SoakPolicy shown = own.orElse(siteDefault);
        String mode = own.isEmpty() ? PolicyMode.SITE_DEFAULT.name()
                : shown instanceof SoakPolicy.Fixed ? PolicyMode.HOURS.name() : PolicyMode.BUSINESS_DAYS.name();
        String hours = "";
        String days = "";
        WorkingCalendar calendar = ((SoakPolicy.BusinessDays) SoakPolicy.DEFAULT).calendar();
        switch (shown) {
            case SoakPolicy.Fixed fixed -> hours = String.valueOf(fixed.duration().toHours());
            case SoakPolicy.BusinessDays businessDays -> {
                days = String.valueOf(businessDays.days());
                calendar = businessDays.calendar();
            }
        }
        Set<String> working = calendar.workingDays().stream().map(DayOfWeek::name).collect(Collectors.toSet());
        String holidays = new TreeSet<>(calendar.holidays()).stream().map(LocalDate::toString)
                .collect(Collectors.joining("\n"));
        return new ProjectSettingsForm(mode, hours, days, calendar.zone().getId(), working, holidays,
                String.valueOf(decision.reminderBusinessDays()), decision.notDoingResolutionId().orElse(""));
    }

    private static String first(Function<String, String[]> parameters, Field field) {
        String[] values = parameters.apply(field.input());
        return values == null || values.length == 0 || values[0] == null ? "" : bounded(values[0]);
    }

    private static String bounded(String value) {
        return value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD);
    }
}
