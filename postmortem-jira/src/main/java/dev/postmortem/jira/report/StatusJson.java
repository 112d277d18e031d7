package dev.postmortem.jira.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.jira.host.Json;

import java.time.Instant;

/**
 * The JSON of {@code GET /rest/postmortem/1.0/process-report/{projectKey}/status} (docs/rest.md):
 * <pre>{@code
 * {"projectKey": "OPS", "truncated": false,
 *  "soaking": [{"key": "OPS-7", "summary": "...", "debriefHeldAt": "2026-01-05T14:00:00Z"}],
 *  "awaitingDecision": [{"key": "OPS-3", "summary": "...", "soakEndedAt": "...", "actions": 2}],
 *  "awaitingDebriefJql": "project = 10000 AND issuetype = 10800 AND cf[10401] is EMPTY AND ..."}
 * }</pre>
 */
final class StatusJson {

    private StatusJson() {
    }

    static ObjectNode write(PostmortemStatuses.Statuses statuses) {
        ObjectNode body = Json.object();
        body.put("projectKey", statuses.projectKey());
        body.put("truncated", statuses.truncated());
        ArrayNode soaking = body.putArray("soaking");
        statuses.soaking().forEach(each -> soaking.addObject().put("key", each.key()).put("summary", each.summary())
                .put("debriefHeldAt", instant(each.debriefHeldAt())));
        ArrayNode awaiting = body.putArray("awaitingDecision");
        statuses.awaitingDecision().forEach(each -> awaiting.addObject().put("key", each.key())
                .put("summary", each.summary()).put("soakEndedAt", instant(each.soakEndedAt()))
                .put("actions", each.actions()));
        body.put("awaitingDebriefJql", statuses.awaitingDebriefJql().orElse(null));
        return body;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
