package dev.postmortem.core.narrative;

import java.time.Instant;
import java.util.Objects;

/**
 * Size and count limits of a narrative, checked by {@link NarrativeValidator} and {@link NarrativeJson}.
 *
 * <p>Why limits at all: Jira stores the narrative as an "unlimited text" custom field value, which is a CLOB
 * in the database, so storage alone would take almost anything. The cost is elsewhere: every save re-indexes
 * the issue (the plain-text projection goes into the Lucene/OpenSearch index on every node of a Data Center
 * cluster), every view renders the whole value, and the value travels in REST responses, issue history and
 * XML backups. A few very large values slow all of that down for everyone. The limits below are generous for
 * any real debrief (a long postmortem is 20,000 to 60,000 characters) and stop pasted log files and runaway
 * scripts.
 *
 * <p>Lengths are counted in UTF-16 chars ({@link String#length()}), after normalisation (line endings to LF,
 * ends trimmed). Over-limit text is reported as a problem and never cut, so nothing a person wrote is lost.
 */
public final class NarrativeLimits {

    /** Personal accounts per narrative: more participants than this is a different kind of meeting. */
    public static final int MAX_ACCOUNTS = 100;

    /** Timeline entries per narrative: enough for a multi-day incident; more is a log, not a timeline. */
    public static final int MAX_TIMELINE_ENTRIES = 500;

    /** Contributing factors per narrative. */
    public static final int MAX_CONTRIBUTING_FACTORS = 100;

    /** Characters in one free text (summary, an account's answer, a timeline text, a factor, ...). */
    public static final int MAX_TEXT_CHARS = 20_000;

    /**
     * Characters in one single-line value (user key, display name, role, severity label, author). Jira's own
     * user key and name columns hold 255 characters.
     */
    public static final int MAX_NAME_CHARS = 255;

    /**
     * Characters of the whole narrative as written by {@link NarrativeJson#write(Narrative)} (256 KiB of
     * chars). This is the limit that binds in practice: it keeps one issue's field value cheap to index,
     * render and send.
     */
    public static final int MAX_JSON_CHARS = 262_144;

    /**
     * Characters of JSON input that {@link NarrativeJson#parse(String)} reads at all. Larger than
     * {@link #MAX_JSON_CHARS} because input may carry whitespace and fields this version ignores; the
     * canonical size is then checked by the validator. Input above this is refused before parsing, so a
     * huge request cannot make the parser allocate without bound.
     */
    public static final int MAX_INPUT_JSON_CHARS = 4 * MAX_JSON_CHARS;

    /** Nesting depth of JSON input: the format itself needs 3; unknown fields may nest a little deeper. */
    public static final int MAX_INPUT_JSON_DEPTH = 32;

    /**
     * The earliest instant a narrative (or a summary) holds: 2 January of year 1, UTC. With
     * {@link #LATEST_INSTANT} it keeps every instant a date of the years 1 to 9999 in every time zone, so that it
     * is written as a four-digit ISO-8601 year that the codec reads back, and rendered without an era or a sign.
     */
    public static final Instant EARLIEST_INSTANT = Instant.parse("0001-01-02T00:00:00Z");

    /** The latest instant a narrative (or a summary) holds: the end of 30 December 9999, UTC. */
    public static final Instant LATEST_INSTANT = Instant.parse("9999-12-30T23:59:59.999999999Z");

    private NarrativeLimits() {
    }

    /** Whether the instant lies within {@link #EARLIEST_INSTANT} and {@link #LATEST_INSTANT}, both included. */
    public static boolean isSupported(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT);
    }
}
