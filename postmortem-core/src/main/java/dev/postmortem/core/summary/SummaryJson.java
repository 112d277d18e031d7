package dev.postmortem.core.summary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.narrative.Echo;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.NarrativeLimits;
import dev.postmortem.core.summary.SummaryFormatException.Kind;

import java.util.Objects;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The versioned JSON form of {@link DebriefSummary}. Written by the Jira REST resource, read by the
 * Confluence macro, so both sides of the contract share this one codec.
 * <p>
 * Rules: a {@code version} field holds the contract's major version ({@link DebriefSummary#CONTRACT_VERSION}),
 * compared as a number (so {@code 1.0} is version 1, and {@code 2.5} or {@code 1e3} is a newer version);
 * another major version, a missing version or a document that does not match throws
 * {@link SummaryFormatException}. Unknown fields are ignored, so a newer minor revision can add fields.
 * An optional {@code omitted} object counts the list items the summary leaves out ({@link SummaryOmissions}).
 * An optional {@code incidents} array names the incidents the postmortem is of (added within version 1).
 * Instants are ISO-8601 UTC strings ({@link Instant#toString()}) within the years the narrative supports
 * ({@link NarrativeLimits#isSupported}); optional values are omitted when absent.
 * Writing what was read gives the same summary back ({@code read(write(s)).equals(s)}).
 * The tree model is used on purpose: every error names the path of the offending field.
 * Input over {@link #MAX_INPUT_JSON_CHARS} is refused before parsing.
 */
public final class SummaryJson {

    /**
     * Characters of JSON that {@link #read} reads at all (2 MiB of chars). A summary carries the narrative, whose
     * canonical JSON is at most {@link NarrativeLimits#MAX_JSON_CHARS} (256 KiB), plus the actions and a few
     * short fields. A summary this app builds is bounded far below it ({@link SummaryLimits}: at most 100
     * actions with a not-doing reason of 500 characters, the narrative's texts together 60,000). Anything larger is not a summary this contract produces, and it is refused before parsing so a
     * huge answer cannot make the parser allocate without bound. A reader that streams (the Confluence client)
     * stops after this many characters plus one and reports {@link #tooLarge()}.
     */
    public static final int MAX_INPUT_JSON_CHARS = 8 * NarrativeLimits.MAX_JSON_CHARS;

    private static final String P = "postmortem.summary.error.";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SummaryJson() {
    }

    public static String write(DebriefSummary summary) {
        Objects.requireNonNull(summary, "summary");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", summary.contractVersion());
        root.put("issueKey", summary.issueKey());
        root.put("title", summary.title());
        root.put("statusName", summary.statusName());
        root.put("issueUrl", summary.issueUrl());
        putInstant(root, "debriefHeldAt", summary.debriefHeldAt());
        putInstant(root, "soakEndsAt", summary.soakEndsAt());
        if (summary.failureClass() != null) {
            root.put("failureClass", summary.failureClass().name());
        }
        putOptional(root, "followUpExpectationKey", summary.followUpExpectationKey());
        root.put("whatHappened", summary.whatHappened());
        if (summary.impact() != null) {
            SummaryImpact impact = summary.impact();
            ObjectNode node = root.putObject("impact");
            putInstant(node, "start", impact.start());
            putInstant(node, "end", impact.end());
            putInstant(node, "detectedAt", impact.detectedAt());
            putOptional(node, "severity", impact.severity());
            node.put("text", impact.text());
        }
        ArrayNode timeline = root.putArray("timeline");
        for (SummaryTimelineEntry entry : summary.timeline()) {
            ObjectNode node = timeline.addObject();
            putInstant(node, "at", entry.at());
            node.put("text", entry.text());
            putOptional(node, "author", entry.author());
            putOptional(node, "recordedOn", entry.recordedOn());
        }
        ArrayNode accounts = root.putArray("accounts");
        for (SummaryAccount account : summary.accounts()) {
            ObjectNode node = accounts.addObject();
            node.put("displayName", account.displayName());
            node.put("role", account.role());
            node.put("sawAndKnew", account.sawAndKnew());
            node.put("did", account.did());
            node.put("whyItMadeSense", account.whyItMadeSense());
            // Optional within the contract's version: left out when empty, ignored by older readers.
            if (!account.whatWouldHaveHelped().isEmpty()) {
                node.put("whatWouldHaveHelped", account.whatWouldHaveHelped());
            }
            if (!account.editedBy().isEmpty()) {
                node.put("editedBy", account.editedBy());
            }
        }
        summary.contributingFactors().forEach(root.putArray("contributingFactors")::add);
        summary.learnings().forEach(root.putArray("learnings")::add);
        ArrayNode actions = root.putArray("actions");
        for (SummaryAction action : summary.actions()) {
            ObjectNode node = actions.addObject();
            node.put("issueKey", action.issueKey());
            node.put("summary", action.summary());
            node.put("state", action.state().name());
            node.put("statusName", action.statusName());
            putOptional(node, "notDoingReason", action.notDoingReason());
            putInstant(node, "droppedAfterSoakAt", action.droppedAfterSoakAt());
        }
        if (summary.proportionality() != null) {
            SummaryProportionality p = summary.proportionality();
            ObjectNode node = root.putObject("proportionality");
            node.put("proposedCount", p.proposedCount());
            node.put("committedCount", p.committedCount());
            node.put("heavy", p.heavy());
            putOptional(node, "messageKey", p.messageKey());
            p.messageArgs().forEach(node.putArray("messageArgs")::add);
        }
        putInstant(root, "generatedAt", summary.generatedAt());
        if (!summary.omitted().none()) {
            SummaryOmissions o = summary.omitted();
            ObjectNode node = root.putObject("omitted").put("timeline", o.timeline()).put("accounts", o.accounts())
                    .put("contributingFactors", o.contributingFactors()).put("learnings", o.learnings())
                    .put("actions", o.actions());
            if (o.incidents() > 0) {
                node.put("incidents", o.incidents());
            }
        }
        // Added within version 1: left out when there is none; older readers ignore it.
        if (!summary.incidentKeys().isEmpty()) {
            summary.incidentKeys().forEach(root.putArray("incidents")::add);
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; reaching this is a bug, not bad input.
            throw new IllegalStateException("cannot serialise summary " + summary.issueKey(), e);
        }
    }

    /**
     * Reads a summary document.
     *
     * @throws SummaryFormatException for input over {@link #MAX_INPUT_JSON_CHARS} ({@link #tooLarge()}), input
     *                                that is not a summary of this contract version, or null
     */
    public static DebriefSummary read(String json) throws SummaryFormatException {
        if (json != null && json.length() > MAX_INPUT_JSON_CHARS) {
            throw tooLarge();
        }
        JsonNode root;
        try {
            root = json == null ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SummaryFormatException(Kind.MALFORMED, e, P + "notJson",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
        if (root == null || root.isMissingNode()) {
            throw new SummaryFormatException(Kind.MALFORMED, P + "notJson", 0, 0);
        }
        Node doc = new Node(root, "");
        doc.requireObject();
        checkVersion(doc);
        return new DebriefSummary(
                DebriefSummary.CONTRACT_VERSION,
                doc.field("issueKey").requiredText(),
                doc.field("title").requiredText(),
                doc.field("statusName").requiredText(),
                doc.field("issueUrl").requiredText(),
                doc.field("debriefHeldAt").optionalInstant(),
                doc.field("soakEndsAt").optionalInstant(),
                doc.field("failureClass").optionalEnum(FailureClass::valueOf),
                doc.field("followUpExpectationKey").optionalText(),
                doc.field("whatHappened").optionalText(),
                readImpact(doc.field("impact")),
                doc.field("timeline").list(SummaryJson::readTimelineEntry),
                doc.field("accounts").list(SummaryJson::readAccount),
                doc.field("contributingFactors").list(Node::requiredText),
                doc.field("learnings").list(Node::requiredText),
                doc.field("actions").list(SummaryJson::readAction),
                readProportionality(doc.field("proportionality")),
                doc.field("generatedAt").requiredInstant(),
                readOmissions(doc.field("omitted")),
                // Absent in answers of app versions before incidents were named: none named then.
                doc.field("incidents").list(Node::requiredText));
    }

    private static SummaryOmissions readOmissions(Node node) throws SummaryFormatException {
        if (node.absent()) {
            return SummaryOmissions.NONE;
        }
        node.requireObject();
        return new SummaryOmissions(node.field("timeline").optionalCount(), node.field("accounts").optionalCount(),
                node.field("contributingFactors").optionalCount(), node.field("learnings").optionalCount(),
                node.field("actions").optionalCount(), node.field("incidents").optionalCount());
    }

    /**
     * The error for a document longer than {@link #MAX_INPUT_JSON_CHARS}: {@link Kind#MALFORMED}, with the limit as
     * its argument. Public for readers that stop reading at the limit and so never hold the whole document.
     */
    public static SummaryFormatException tooLarge() {
        return new SummaryFormatException(Kind.MALFORMED, P + "tooLarge", MAX_INPUT_JSON_CHARS);
    }

    private static void checkVersion(Node doc) throws SummaryFormatException {
        Node version = doc.field("version");
        if (version.absent()) {
            throw new SummaryFormatException(Kind.MALFORMED, P + "missingVersion");
        }
        if (!version.json.isNumber()) {
            throw new SummaryFormatException(Kind.MALFORMED, P + "wrongType", version.path);
        }
        // Compared as a number, whatever its form: 2.0, 1e3 and 99999999999 are newer versions, not wrong types.
        int order = version.json.decimalValue().compareTo(BigDecimal.valueOf(DebriefSummary.CONTRACT_VERSION));
        Object found = version.json.isIntegralNumber() && version.json.canConvertToInt()
                ? (Object) version.json.intValue() : version.json.asText();
        if (order > 0) {
            throw new SummaryFormatException(Kind.NEWER_VERSION, P + "newerVersion", found,
                    DebriefSummary.CONTRACT_VERSION);
        }
        if (order < 0) {
            throw new SummaryFormatException(Kind.OLDER_VERSION, P + "olderVersion", found,
                    DebriefSummary.CONTRACT_VERSION);
        }
    }

    private static SummaryImpact readImpact(Node node) throws SummaryFormatException {
        if (node.absent()) {
            return null;
        }
        node.requireObject();
        return new SummaryImpact(node.field("start").requiredInstant(), node.field("end").optionalInstant(),
                node.field("detectedAt").optionalInstant(), node.field("severity").optionalText(),
                node.field("text").optionalText());
    }

    private static SummaryTimelineEntry readTimelineEntry(Node node) throws SummaryFormatException {
        node.requireObject();
        return new SummaryTimelineEntry(node.field("at").requiredInstant(), node.field("text").requiredText(),
                node.field("author").optionalText(), node.field("recordedOn").optionalText());
    }

    private static SummaryAccount readAccount(Node node) throws SummaryFormatException {
        node.requireObject();
        return new SummaryAccount(node.field("displayName").requiredText(), node.field("role").optionalText(),
                node.field("sawAndKnew").optionalText(), node.field("did").optionalText(),
                node.field("whyItMadeSense").optionalText(), node.field("whatWouldHaveHelped").optionalText(),
                node.field("editedBy").optionalText());
    }

    private static SummaryAction readAction(Node node) throws SummaryFormatException {
        node.requireObject();
        Node state = node.field("state");
        if (state.absent()) {
            throw new SummaryFormatException(Kind.MALFORMED, P + "missingField", state.path);
        }
        return new SummaryAction(node.field("issueKey").requiredText(), node.field("summary").requiredText(),
                state.optionalEnum(ActionState::valueOf), node.field("statusName").requiredText(),
                node.field("notDoingReason").optionalText(),
                // Absent in answers of app versions before the decision after the soak: not dropped there.
                node.field("droppedAfterSoakAt").optionalInstant());
    }

    private static SummaryProportionality readProportionality(Node node) throws SummaryFormatException {
        if (node.absent()) {
            return null;
        }
        node.requireObject();
        return new SummaryProportionality(node.field("proposedCount").count(), node.field("committedCount").count(),
                node.field("heavy").requiredBoolean(), node.field("messageKey").optionalText(),
                node.field("messageArgs").list(Node::requiredText));
    }

    private static void putInstant(ObjectNode node, String name, Instant value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static void putOptional(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Node node) throws SummaryFormatException;
    }

    /** A JSON node with its path from the root, so each error names where it is. */
    private record Node(JsonNode json, String path) {

        Node field(String name) {
            return new Node(json.get(name), path.isEmpty() ? name : path + "." + name);
        }

        boolean absent() {
            return json == null || json.isNull();
        }

        void requireObject() throws SummaryFormatException {
            if (!json.isObject()) {
                throw wrongType();
            }
        }

        String requiredText() throws SummaryFormatException {
            if (absent()) {
                throw new SummaryFormatException(Kind.MALFORMED, P + "missingField", path);
            }
            return optionalText();
        }

        String optionalText() throws SummaryFormatException {
            if (absent()) {
                return null;
            }
            if (!json.isTextual()) {
                throw wrongType();
            }
            return json.textValue();
        }

        boolean requiredBoolean() throws SummaryFormatException {
            if (absent()) {
                throw new SummaryFormatException(Kind.MALFORMED, P + "missingField", path);
            }
            if (!json.isBoolean()) {
                throw wrongType();
            }
            return json.booleanValue();
        }

        int count() throws SummaryFormatException {
            if (absent()) {
                throw new SummaryFormatException(Kind.MALFORMED, P + "missingField", path);
            }
            if (!json.isIntegralNumber() || !json.canConvertToInt()) {
                throw wrongType();
            }
            if (json.intValue() < 0) {
                throw new SummaryFormatException(Kind.MALFORMED, P + "invalidValue", path, Echo.of(json.asText()));
            }
            return json.intValue();
        }

        int optionalCount() throws SummaryFormatException {
            return absent() ? 0 : count();
        }

        Instant requiredInstant() throws SummaryFormatException {
            if (absent()) {
                throw new SummaryFormatException(Kind.MALFORMED, P + "missingField", path);
            }
            return optionalInstant();
        }

        Instant optionalInstant() throws SummaryFormatException {
            String text = optionalText();
            if (text == null) {
                return null;
            }
            Instant instant;
            try {
                instant = Instant.parse(text);
            } catch (DateTimeParseException e) {
                // Not the cause: its message holds the whole text.
                throw new SummaryFormatException(Kind.MALFORMED, P + "invalidTime", path, Echo.of(text));
            }
            if (!NarrativeLimits.isSupported(instant)) {
                throw new SummaryFormatException(Kind.MALFORMED, P + "timeOutOfRange", path, Echo.of(text));
            }
            return instant;
        }

        <E extends Enum<E>> E optionalEnum(Function<String, E> valueOf) throws SummaryFormatException {
            String text = optionalText();
            if (text == null) {
                return null;
            }
            try {
                return valueOf.apply(text);
            } catch (IllegalArgumentException e) {
                // Not the cause: its message holds the whole text.
                throw new SummaryFormatException(Kind.MALFORMED, P + "unknownValue", path, Echo.of(text));
            }
        }

        <T> List<T> list(Reader<T> element) throws SummaryFormatException {
            if (absent()) {
                return List.of();
            }
            if (!json.isArray()) {
                throw wrongType();
            }
            List<T> result = new ArrayList<>(json.size());
            for (int i = 0; i < json.size(); i++) {
                Node item = new Node(json.get(i), path + "[" + i + "]");
                if (item.absent()) {
                    throw new SummaryFormatException(Kind.MALFORMED, P + "missingField", item.path);
                }
                result.add(element.read(item));
            }
            return result;
        }

        private SummaryFormatException wrongType() {
            return new SummaryFormatException(Kind.MALFORMED, P + "wrongType", path);
        }
    }
}
