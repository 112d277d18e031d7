package dev.postmortem.jira.process;

import java.util.Objects;

/** One fact of the process part of the postmortem panel: a translated label and its text. Immutable. */
public final class ProcessPanelRow {

    private final String label;
    private final String text;

    ProcessPanelRow(String label, String text) {
        this.label = Objects.requireNonNull(label, "label");
        this.text = Objects.requireNonNull(text, "text");
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return label + ": " + text;
    }
}
