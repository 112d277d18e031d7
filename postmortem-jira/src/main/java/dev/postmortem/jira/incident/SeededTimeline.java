package dev.postmortem.jira.incident;

import java.util.List;

/**
 * The rows seeded from an incident, oldest first, and whether some were left out because the incident has more
 * recorded changes or comments than are read ({@link IncidentTimeline}).
 *
 * @param rows      at most {@link IncidentTimeline#MAX_ROWS}
 * @param truncated true when more was recorded than was read or offered
 */
public record SeededTimeline(List<SeedRow> rows, boolean truncated) {

    public SeededTimeline {
        rows = List.copyOf(rows);
    }
}
