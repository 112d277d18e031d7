package dev.postmortem.jira.admin;

/** One working-day checkbox of the site default form. */
public final class DayChoice {

    private final String value;
    private final String label;
    private final boolean checked;

    DayChoice(String value, String label, boolean checked) {
        this.value = value;
        this.label = label;
        this.checked = checked;
    }

    /** {@code MONDAY} to {@code SUNDAY}, as the REST form names days. */
    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isChecked() {
        return checked;
    }
}
