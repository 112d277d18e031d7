package dev.postmortem.jira.settings;

import dev.postmortem.core.soak.SoakPolicy;

import java.util.List;
import java.util.Objects;

/**
 * Everything the settings page shows, already in the reader's words; the template only places it. Either the page
 * is denied ({@link #deniedMessage} set, nothing else filled) or it shows the form: the values as stored or as typed,
 * a problem per field, the preview and the recent changes. Every method the template calls is in the
 * {@code <velocity-allowlist>} of atlassian-plugin.xml.
 *
 * @param mode       a {@link PolicyMode} name (as typed when the form came back with problems)
 * @param siteDefault the site default policy in words, for the "use the site default" choice
 * @param preview    when a debrief held now would end its soak, in a sentence; null when the form has problems
 */
public record ProjectSettingsView(String projectKey, String projectName, String deniedMessage, boolean saved,
        String mode, String hours, String days, String zone, List<String> zones, List<DayOption> workingDays,
        String holidays, String reminderDays, List<ResolutionOption> resolutions, boolean resolutionsAvailable,
        Errors errors, String siteDefault, String preview, List<ChangeRow> changes, int changesShown) {

    /** One working-day box. */
    public record DayOption(String value, String label, boolean checked) {
    }

    /** One entry of the resolution select. */
    public record ResolutionOption(String id, String name, boolean selected) {
    }

    /** One row of the recent changes: when (in Jira's format and ISO), who, which setting, from and to, in words. */
    public record ChangeRow(String when, String whenIso, String who, String setting, String from, String to) {
    }

    /** The translated problem of each field, or null. */
    public record Errors(String mode, String hours, String days, String zone, String workingDays, String holidays,
            String reminderDays, String resolution) {

        static final Errors NONE = new Errors(null, null, null, null, null, null, null, null);

        public boolean any() {
            return mode != null || hours != null || days != null || zone != null || workingDays != null
                    || holidays != null || reminderDays != null || resolution != null;
        }
    }

    public ProjectSettingsView {
        zones = List.copyOf(zones);
        workingDays = List.copyOf(workingDays);
        resolutions = List.copyOf(resolutions);
        changes = List.copyOf(changes);
        Objects.requireNonNull(errors, "errors");
    }

    static ProjectSettingsView denied(String projectKey, String message) {
        return new ProjectSettingsView(projectKey, "", Objects.requireNonNull(message, "message"), false, "", "", "",
                "", List.of(), List.of(), "", "", List.of(), false, Errors.NONE, "", null, List.of(), 0);
    }

    public boolean denied() {
        return deniedMessage != null;
    }

    /** The most hours a policy may have: the core's limit, as the REST resource checks it. */
    public long maxHours() {
        return SoakPolicy.MAX_HOURS;
    }

    /** The most business days of a soak and of the reminder: the core's limit. */
    public int maxBusinessDays() {
        return SoakPolicy.MAX_BUSINESS_DAYS;
    }

    /** Whether the form came back with problems (and nothing was saved). */
    public boolean invalid() {
        return errors.any();
    }
}
