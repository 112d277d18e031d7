package dev.postmortem.core.narrative;

import java.util.Objects;

/**
 * Where a timeline entry came from when a person did not write it: something Jira recorded on an issue (a status
 * change, an assignment, a comment) and copied into the timeline when the postmortem was created from that issue.
 * An entry without a source was written by a person.
 *
 * @param kind     what recorded it; {@link #JIRA} is the only kind this app writes. A kind this app does not know
 *                 (written by a newer version) is kept and shown like {@link #JIRA}
 * @param issueKey the key of the issue it was recorded on, e.g. {@code INC-1}
 * @param ref      what on that issue, e.g. {@code comment:10020} or {@code history:10301}; may be empty
 */
public record TimelineSource(String kind, String issueKey, String ref) {

    /** Recorded by Jira on an issue. */
    public static final String JIRA = "jira";

    public TimelineSource {
        kind = TextNormalisation.normalise(kind);
        issueKey = TextNormalisation.normalise(issueKey);
        ref = TextNormalisation.normalise(ref);
    }

    public static TimelineSource jira(String issueKey, String ref) {
        return new TimelineSource(JIRA, Objects.requireNonNull(issueKey, "issueKey"), ref);
    }

    /** The comment id when {@link #ref} names a comment ({@code comment:<id>}), else empty. */
    public String commentId() {
        return ref.startsWith(COMMENT_PREFIX) ? ref.substring(COMMENT_PREFIX.length()) : "";
    }

    /** The ref of a comment, {@code comment:<id>}. */
    public static String commentRef(long commentId) {
        return COMMENT_PREFIX + commentId;
    }

    private static final String COMMENT_PREFIX = "comment:";
}
