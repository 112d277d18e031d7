package dev.postmortem.core.narrative;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static dev.postmortem.core.narrative.NarrativeJson.*;

/**
 * Turns a JSON tree into a narrative, collecting a problem for each value of the wrong type instead of
 * stopping at the first. One instance per parse: it is not thread-safe.
 */
final class NarrativeReader {

    private static final String FAILURE_CLASSES = Arrays.stream(FailureClass.values())
            .map(Enum::name)
            .collect(Collectors.joining(", "));

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    Narrative read(JsonNode root) {
        return new Narrative(
                text(root, SUMMARY, ""),
                impact(root.get(IMPACT), IMPACT),
                list(root.get(TIMELINE), TIMELINE, this::timelineEntry),
                list(root.get(ACCOUNTS), ACCOUNTS, this::account),
                list(root.get(CONTRIBUTING_FACTORS), CONTRIBUTING_FACTORS, this::factor),
                text(root, WHAT_WE_LEARNED, ""),
                failureClass(root.get(FAILURE_CLASS), FAILURE_CLASS));
    }

    private Impact impact(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return Impact.empty();
        }
        return new Impact(
                instant(node, IMPACT_START, path),
                instant(node, IMPACT_END, path),
                instant(node, IMPACT_DETECTED_AT, path),
                text(node, IMPACT_SEVERITY, path),
                text(node, IMPACT_DESCRIPTION, path));
    }

    private TimelineEntry timelineEntry(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return null;
        }
        return new TimelineEntry(instant(node, ENTRY_TIME, path), text(node, ENTRY_TEXT, path),
                text(node, ENTRY_AUTHOR, path), source(node.get(ENTRY_SOURCE), child(path, ENTRY_SOURCE)));
    }

    /** Absent or null: written by a person. */
    private TimelineSource source(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return null;
        }
        return new TimelineSource(text(node, SOURCE_KIND, path), text(node, SOURCE_ISSUE_KEY, path),
                text(node, SOURCE_REF, path));
    }

    private PersonalAccount account(JsonNode node, String path) {
        if (!isObject(node, path)) {
            return null;
        }
        return new PersonalAccount(
                text(node, ACCOUNT_USER_KEY, path),
                text(node, ACCOUNT_DISPLAY_NAME, path),
                text(node, ACCOUNT_ROLE, path),
                text(node, ACCOUNT_SAW, path),
                text(node, ACCOUNT_DID, path),
                text(node, ACCOUNT_WHY, path),
                text(node, ACCOUNT_HELPED, path),
                text(node, ACCOUNT_EDITED_BY, path),
                instant(node, ACCOUNT_EDITED_AT, path));
    }

    private String factor(JsonNode node, String path) {
        if (node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            problems.add(Problem.of(path, NarrativeMessages.JSON_EXPECTED_TEXT));
            return null;
        }
        return node.textValue();
    }

    private FailureClass failureClass(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            for (FailureClass failureClass : FailureClass.values()) {
                if (failureClass.name().equals(node.textValue())) {
                    return failureClass;
                }
            }
        }
        problems.add(Problem.of(path, NarrativeMessages.JSON_UNKNOWN_FAILURE_CLASS, display(node), FAILURE_CLASSES));
        return null;
    }

    /** Absent or null is an empty list; elements the reader cannot use (it returns null) are dropped. */
    private <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(Problem.of(path, NarrativeMessages.JSON_EXPECTED_LIST));
            return List.of();
        }
        List<T> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), path + "[" + i + "]");
            if (value != null) {
                elements.add(value);
            }
        }
        return elements;
    }

    private boolean isObject(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isObject()) {
            problems.add(Problem.of(path, NarrativeMessages.JSON_EXPECTED_OBJECT));
            return false;
        }
        return true;
    }

    private String text(JsonNode parent, String field, String parentPath) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            problems.add(Problem.of(child(parentPath, field), NarrativeMessages.JSON_EXPECTED_TEXT));
            return "";
        }
        return node.textValue();
    }

    private Instant instant(JsonNode parent, String field, String parentPath) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        Instant instant = node.isTextual() ? parseInstant(node.textValue().strip()) : null;
        if (instant != null && NarrativeLimits.isSupported(instant)) {
            return instant;
        }
        if (instant != null) {
            // Readable, but it could not be written back as a value this reader reads, nor rendered in every zone.
            problems.add(Problem.of(child(parentPath, field), NarrativeMessages.INSTANT_OUT_OF_RANGE, display(node)));
            return null;
        }
        problems.add(Problem.of(child(parentPath, field), NarrativeMessages.JSON_INVALID_INSTANT, display(node)));
        return null;
    }

    /** ISO-8601 with an offset ({@code Z} or {@code +01:00}); null when the text is not one. */
    private static Instant parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static String child(String parentPath, String field) {
        return parentPath.isEmpty() ? field : parentPath + "." + field;
    }

    /** The value as the user wrote it, shortened so that a message never carries a pasted novel. */
    private static String display(JsonNode node) {
        return Echo.of(node.isTextual() ? node.textValue() : node.toString());
    }
}
