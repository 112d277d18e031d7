package dev.postmortem.jira.admin;

/** One line of the setup table, translated: what it is, its state (a lozenge) and the details. */
public final class SetupRow {

    private final String label;
    private final String state;
    private final String lozenge;
    private final String details;

    SetupRow(String label, String state, String lozenge, String details) {
        this.label = label;
        this.state = state;
        this.lozenge = lozenge;
        this.details = details;
    }

    public String getLabel() {
        return label;
    }

    public String getState() {
        return state;
    }

    /** The AUI lozenge class of the state, e.g. {@code aui-lozenge-success}. */
    public String getLozenge() {
        return lozenge;
    }

    public String getDetails() {
        return details;
    }
}
