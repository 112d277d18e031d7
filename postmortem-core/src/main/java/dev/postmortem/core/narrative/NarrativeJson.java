package dev.postmortem.core.narrative;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The narrative's JSON format, as stored in the Jira custom field and exchanged with the editor.
 *
 * <pre>{@code
 * { "version": 1,
 *   "summary": "...",
 *   "impact": { "start": "2026-11-24T09:30:00Z", "end": "...", "detectedAt": "...",
 *               "severity": "SEV-2", "description": "..." },
 *   "timeline": [ { "time": "2026-11-24T09:31:00Z", "text": "...", "authorUserKey": "JIRAUSER10100",
 *                   "source": { "kind": "jira", "issueKey": "INC-1", "ref": "comment:10020" } } ],
 *   "accounts": [ { "participantUserKey": "...", "participantDisplayName": "...", "role": "...",
 *                   "whatTheySawAndKnew": "...", "whatTheyDid": "...", "whyItMadeSense": "...",
 *                   "whatWouldHaveHelped": "...", "lastEditedBy": "JIRAUSER10100",
 *                   "lastEditedAt": "2026-11-25T10:00:00Z" } ],
 *   "contributingFactors": [ "..." ],
 *   "whatWeLearned": "...",
 *   "failureClass": "CONTROLLABLE" }
 * }</pre>
 *
 * <p>Reading rules:
 * <ul>
 *   <li>{@code version} is the major version of the format, a whole number, compared as a number
 *       ({@code 1.0} is 1; {@code 1.5} or {@code 1e3} is newer). Missing means 1 (the first
 *       stored values may predate the field). A version newer than {@link #CURRENT_VERSION} is refused with
 *       {@link NarrativeMessages#JSON_VERSION_UNSUPPORTED}: guessing at a format we do not know could lose
 *       text when the value is written back.</li>
 *   <li>Unknown fields are <b>ignored</b>, without error, at every level. A newer app may add optional
 *       fields within the same major version, and an older node must still show the narrative. We ignore
 *       rather than keep them because the model is a plain immutable value shared by Jira and Confluence,
 *       and all nodes of a Data Center cluster run the same app version, so an older node does not write
 *       back over a newer format in practice. A change that older readers must not ignore gets a new major
 *       version.</li>
 *   <li>A missing field or JSON {@code null} is an absent value (empty text, empty list, no instant).</li>
 *   <li>Instants are ISO-8601 strings; UTC {@code Z} is written, an offset is accepted on read.</li>
 *   <li>Malformed JSON, duplicate keys and wrong types become {@link Problem}s with paths; as many as can be
 *       found are reported together. No parser exception escapes.</li>
 * </ul>
 * Writing is canonical: fixed field order, every text written (empty when absent), absent instants, author,
 * timeline source and failure class left out. Fields added within version 1: a timeline entry's optional
 * {@code source} (what Jira recorded it from; absent = written by a person), read as absent by older apps. So {@code write(parse(write(n)))} equals {@code write(n)}.
 *
 * <p>Optional fields added within version 1 (older readers ignore them, older values read without them): an
 * account's {@code whatWouldHaveHelped}, {@code lastEditedBy} and {@code lastEditedAt} (who saved it through the
 * account page, and when; ADR 0024). They are written only when not empty, so a value without them keeps its
 * canonical form.
 *
 * <p>Thread-safe; both methods are static.
 */
public final class NarrativeJson {

    /** The major version this app writes and the newest it reads. */
    public static final int CURRENT_VERSION = 1;

    static final String VERSION = "version";
    static final String SUMMARY = "summary";
    static final String IMPACT = "impact";
    static final String IMPACT_START = "start";
    static final String IMPACT_END = "end";
    static final String IMPACT_DETECTED_AT = "detectedAt";
    static final String IMPACT_SEVERITY = "severity";
    static final String IMPACT_DESCRIPTION = "description";
    static final String TIMELINE = "timeline";
    static final String ENTRY_TIME = "time";
    static final String ENTRY_TEXT = "text";
    static final String ENTRY_AUTHOR = "authorUserKey";
    static final String ENTRY_SOURCE = "source";
    static final String SOURCE_KIND = "kind";
    static final String SOURCE_ISSUE_KEY = "issueKey";
    static final String SOURCE_REF = "ref";
    static final String ACCOUNTS = "accounts";
    static final String ACCOUNT_USER_KEY = "participantUserKey";
    static final String ACCOUNT_DISPLAY_NAME = "participantDisplayName";
    static final String ACCOUNT_ROLE = "role";
    static final String ACCOUNT_SAW = "whatTheySawAndKnew";
    static final String ACCOUNT_DID = "whatTheyDid";
    static final String ACCOUNT_WHY = "whyItMadeSense";
    static final String ACCOUNT_HELPED = "whatWouldHaveHelped";
    static final String ACCOUNT_EDITED_BY = "lastEditedBy";
    static final String ACCOUNT_EDITED_AT = "lastEditedAt";
    static final String CONTRIBUTING_FACTORS = "contributingFactors";
    static final String WHAT_WE_LEARNED = "whatWeLearned";
    static final String FAILURE_CLASS = "failureClass";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(NarrativeLimits.MAX_INPUT_JSON_DEPTH)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private NarrativeJson() {
    }

    /**
     * Reads a narrative. The result holds either the narrative (not yet validated: see
     * {@link NarrativeValidator}) or every problem found while reading.
     */
    public static NarrativeParseResult parse(String json) {
        if (json == null || json.isBlank()) {
            return NarrativeParseResult.rejected(List.of(Problem.of("", NarrativeMessages.JSON_EMPTY)));
        }
        if (json.length() > NarrativeLimits.MAX_INPUT_JSON_CHARS) {
            return NarrativeParseResult.rejected(List.of(Problem.of("", NarrativeMessages.JSON_TOO_LARGE,
                    NarrativeLimits.MAX_INPUT_JSON_CHARS, json.length())));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            return NarrativeParseResult.rejected(List.of(malformed(e)));
        }
        if (root == null || !root.isObject()) {
            return NarrativeParseResult.rejected(List.of(
                    Problem.of("", NarrativeMessages.JSON_EXPECTED_OBJECT)));
        }
        Problem versionProblem = checkVersion(root.get(VERSION));
        if (versionProblem != null) {
            return NarrativeParseResult.rejected(List.of(versionProblem));
        }
        NarrativeReader reader = new NarrativeReader();
        Narrative narrative = reader.read(root);
        return reader.problems().isEmpty()
                ? NarrativeParseResult.parsed(narrative)
                : NarrativeParseResult.rejected(reader.problems());
    }

    /** Writes a narrative in the canonical form of {@link #CURRENT_VERSION}. */
    public static String write(Narrative narrative) {
        Objects.requireNonNull(narrative, "narrative");
        ObjectNode root = MAPPER.createObjectNode();
        root.put(VERSION, CURRENT_VERSION);
        root.put(SUMMARY, narrative.summary());

        Impact impact = narrative.impact();
        ObjectNode impactNode = root.putObject(IMPACT);
        putInstant(impactNode, IMPACT_START, impact.start());
        putInstant(impactNode, IMPACT_END, impact.end());
        putInstant(impactNode, IMPACT_DETECTED_AT, impact.detectedAt());
        impactNode.put(IMPACT_SEVERITY, impact.severity());
        impactNode.put(IMPACT_DESCRIPTION, impact.description());

        ArrayNode timeline = root.putArray(TIMELINE);
        for (TimelineEntry entry : narrative.timeline()) {
            ObjectNode entryNode = timeline.addObject();
            putInstant(entryNode, ENTRY_TIME, entry.time());
            entryNode.put(ENTRY_TEXT, entry.text());
            if (!entry.authorUserKey().isEmpty()) {
                entryNode.put(ENTRY_AUTHOR, entry.authorUserKey());
            }
            if (entry.source() != null) {
                entryNode.putObject(ENTRY_SOURCE)
                        .put(SOURCE_KIND, entry.source().kind())
                        .put(SOURCE_ISSUE_KEY, entry.source().issueKey())
                        .put(SOURCE_REF, entry.source().ref());
            }
        }

        ArrayNode accounts = root.putArray(ACCOUNTS);
        for (PersonalAccount account : narrative.accounts()) {
            ObjectNode accountNode = accounts.addObject()
                    .put(ACCOUNT_USER_KEY, account.participantUserKey())
                    .put(ACCOUNT_DISPLAY_NAME, account.participantDisplayName())
                    .put(ACCOUNT_ROLE, account.role())
                    .put(ACCOUNT_SAW, account.whatTheySawAndKnew())
                    .put(ACCOUNT_DID, account.whatTheyDid())
                    .put(ACCOUNT_WHY, account.whyItMadeSense());
            // Optional fields added within version 1: left out when empty, so older values keep their canonical form.
            if (!account.whatWouldHaveHelped().isEmpty()) {
                accountNode.put(ACCOUNT_HELPED, account.whatWouldHaveHelped());
            }
            if (!account.lastEditedByUserKey().isEmpty()) {
                accountNode.put(ACCOUNT_EDITED_BY, account.lastEditedByUserKey());
            }
            putInstant(accountNode, ACCOUNT_EDITED_AT, account.lastEditedAt());
        }

        ArrayNode factors = root.putArray(CONTRIBUTING_FACTORS);
        narrative.contributingFactors().forEach(factors::add);
        root.put(WHAT_WE_LEARNED, narrative.whatWeLearned());
        if (narrative.failureClass() != null) {
            root.put(FAILURE_CLASS, narrative.failureClass().name());
        }
        // JsonNode.toString() writes standard JSON (Jackson 2.10+) and, unlike the mapper, throws no checked exception.
        return root.toString();
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant != null) {
            node.put(field, instant.toString());
        }
    }

    /** Null when the version is readable; missing or null means 1. */
    private static Problem checkVersion(JsonNode version) {
        if (version == null || version.isNull()) {
            return null;
        }
        // Compared as a number, whatever its form: 1.0 is version 1; 1.5, 2.0 and 1e3 are newer, not invalid.
        int order = version.isNumber() ? version.decimalValue().compareTo(BigDecimal.valueOf(CURRENT_VERSION)) : -1;
        if (order > 0) {
            return Problem.of(VERSION, NarrativeMessages.JSON_VERSION_UNSUPPORTED,
                    Echo.of(version.isIntegralNumber() ? version.bigIntegerValue().toString() : version.asText()),
                    CURRENT_VERSION);
        }
        if (order < 0) {
            // Not a number, or below the first version (0, negative, 0.5): no version of the app wrote that.
            return Problem.of(VERSION, NarrativeMessages.JSON_VERSION_INVALID, Echo.of(version.toString()));
        }
        return null;
    }

    /** Where the parser stopped, as a path and a line and column; the parser's own message is not shown. */
    private static Problem malformed(JacksonException e) {
        String path = "";
        if (e instanceof StreamReadException readException
                && readException.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser.getParsingContext());
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return Problem.of(path, NarrativeMessages.JSON_MALFORMED, line, column);
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            } else if (c.getCurrentName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.toString();
    }
}
