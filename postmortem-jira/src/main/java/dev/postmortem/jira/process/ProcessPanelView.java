package dev.postmortem.jira.process;

import java.util.List;

/**
 * The "Process" part of the postmortem panel for one viewer: rows of a translated label and a translated text
 * (times already in the viewer's format). Immutable; every getter the template calls is in the
 * {@code <velocity-allowlist>}; Jira HTML-escapes every reference.
 */
public final class ProcessPanelView {

    private final String heading;
    private final List<ProcessPanelRow> rows;

    ProcessPanelView(String heading, List<ProcessPanelRow> rows) {
        this.heading = heading;
        this.rows = List.copyOf(rows);
    }

    public String getHeading() {
        return heading;
    }

    public List<ProcessPanelRow> getRows() {
        return rows;
    }
}
