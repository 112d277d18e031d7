package dev.postmortem.jira.incident;

import java.time.Instant;
import java.util.List;

/**
 * What the writer saves: the proposal as they edited it.
 *
 * @param impactEnd    null when left empty
 * @param participants user keys, a subset of the proposed participants
 * @param timeline     the rows kept, in any order
 */
public record CreateRequest(String projectKey, String summary, Instant impactStart, Instant impactEnd,
        List<String> participants, List<Row> timeline) {

    public CreateRequest {
        participants = List.copyOf(participants);
        timeline = List.copyOf(timeline);
    }

    /**
     * @param ref the seeded row's ref when the row came from the incident, else empty: a row the writer added
     */
    public record Row(Instant time, String text, String ref) {
    }
}
