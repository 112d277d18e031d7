package dev.postmortem.jira.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.host.RestProblem;
import jakarta.ws.rs.core.Response.Status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of {@code /incident/{issueKey}/postmortem} (docs/rest.md): the proposal out, the edited proposal in.
 * Instants are ISO-8601 ({@code Z} written, an offset accepted).
 */
final class ProposalJson {

    static final String BAD_INSTANT = "postmortem.jira.incident.error.instant";
    static final String BAD_FIELD = "postmortem.jira.incident.error.field";
    /** More rows than a narrative can hold are refused before anything is looked at. */
    static final int MAX_ROWS_IN = 1_000;

    private ProposalJson() {
    }

    static ObjectNode existing(String incidentKey, ExistingPostmortem existing) {
        ObjectNode body = Json.object();
        body.put("incidentKey", incidentKey);
        ObjectNode node = body.putObject("existing");
        if (existing.visible()) {
            node.put("key", existing.key());
            node.put("path", "/browse/" + existing.key());
        } else {
            node.put("hidden", true);
        }
        return body;
    }

    static ObjectNode proposal(Proposal proposal) {
        ObjectNode body = Json.object();
        body.put("incidentKey", proposal.incidentKey());
        body.put("incidentSummary", proposal.incidentSummary());
        body.putNull("existing");
        ObjectNode node = body.putObject("proposal");
        ArrayNode projects = node.putArray("projects");
        proposal.projects().forEach(p -> projects.addObject().put("key", p.key()).put("name", p.name()));
        node.put("projectKey", proposal.defaultProject());
        node.put("summary", proposal.summary());
        putInstant(node, "impactStart", proposal.impactStart());
        putInstant(node, "impactEnd", proposal.impactEnd());
        ArrayNode participants = node.putArray("participants");
        proposal.participants().forEach(p -> participants.addObject()
                .put("userKey", p.userKey()).put("displayName", p.displayName()));
        ArrayNode rows = node.putArray("timeline");
        for (SeedRow row : proposal.timeline().rows()) {
            ObjectNode r = rows.addObject();
            putInstant(r, "time", row.time());
            r.put("text", row.text()).put("actor", row.actorName()).put("ref", row.ref());
            if (!row.commentPath().isEmpty()) {
                r.put("commentPath", row.commentPath());
            }
        }
        node.put("timelineTruncated", proposal.timeline().truncated());
        node.put("timelineMaxRows", IncidentTimeline.MAX_ROWS);
        return body;
    }

    static CreateRequest request(JsonNode body) {
        List<String> participants = new ArrayList<>();
        JsonNode people = body.get("participants");
        if (people != null && !people.isNull()) {
            requireArray(people, "participants");
            people.forEach(p -> participants.add(text(p, "participants")));
        }
        List<CreateRequest.Row> rows = new ArrayList<>();
        JsonNode timeline = body.get("timeline");
        if (timeline != null && !timeline.isNull()) {
            requireArray(timeline, "timeline");
            if (timeline.size() > MAX_ROWS_IN) {
                throw problem(BAD_FIELD, "timeline");
            }
            for (JsonNode row : timeline) {
                if (!row.isObject()) {
                    throw problem(BAD_FIELD, "timeline");
                }
                rows.add(new CreateRequest.Row(instant(row.get("time"), "timeline"),
                        optionalText(row.get("text"), "timeline"), optionalText(row.get("ref"), "timeline")));
            }
        }
        return new CreateRequest(optionalText(body.get("projectKey"), "projectKey"),
                optionalText(body.get("summary"), "summary"),
                instant(body.get("impactStart"), "impactStart"), instant(body.get("impactEnd"), "impactEnd"),
                participants, rows);
    }

    static ObjectNode created(Created created) {
        ObjectNode body = Json.object();
        body.put("key", created.key());
        body.put("path", "/browse/" + created.key());
        body.put("linked", created.linked());
        return body;
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, instant.toString());
        }
    }

    private static Instant instant(JsonNode node, String field) {
        if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
            return null;
        }
        if (node.isTextual()) {
            try {
                return OffsetDateTime.parse(node.textValue().strip()).toInstant();
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        throw problem(BAD_INSTANT, field);
    }

    private static String optionalText(JsonNode node, String field) {
        return node == null || node.isNull() ? "" : text(node, field);
    }

    private static String text(JsonNode node, String field) {
        if (!node.isTextual()) {
            throw problem(BAD_FIELD, field);
        }
        return node.textValue();
    }

    private static void requireArray(JsonNode node, String field) {
        if (!node.isArray()) {
            throw problem(BAD_FIELD, field);
        }
    }

    private static RestProblem problem(String key, String field) {
        return new RestProblem(Status.BAD_REQUEST, List.of(new RestProblem.Detail(key, List.of(field), field)));
    }
}
