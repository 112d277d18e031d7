package dev.postmortem.jira.settings;

/** The fields of the settings form, by the name of their input; a problem is shown under its field. */
enum Field {
    MODE("soakMode"),
    HOURS("hours"),
    DAYS("days"),
    ZONE("zone"),
    WORKING_DAYS("workingDays"),
    HOLIDAYS("holidays"),
    REMINDER_DAYS("reminderDays"),
    RESOLUTION("notDoingResolution");

    private final String input;

    Field(String input) {
        this.input = input;
    }

    /** The name of the form input. */
    String input() {
        return input;
    }
}
