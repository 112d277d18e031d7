package dev.postmortem.core.narrative;

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

    private NarrativeLimits() {
    }
}
