package dev.postmortem.jira.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * One timeline row Jira recorded on the incident, as offered to the writer.
 *
 * @param time        when it happened
 * @param text        what happened, in the caller's language (a comment: its first line, shortened)
 * @param actorKey    the user key of who did it; empty when Jira does not know them
 * @param actorName   their display name, or "a former user"
 * @param ref         what on the incident, unique within it: {@code history:<change group id>:<field>} or
 *                    {@code comment:<id>}
 * @param commentPath for a comment, the path (below the context path) that opens it on the incident; else empty
 */
public record SeedRow(Instant time, String text, String actorKey, String actorName, String ref, String commentPath) {

    public SeedRow {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
        actorKey = actorKey == null ? "" : actorKey;
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(ref, "ref");
        commentPath = commentPath == null ? "" : commentPath;
    }
}
