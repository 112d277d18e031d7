package dev.postmortem.jira.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.jira.storage.ProcessEventType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemStatusesTest {

    private final ReportFixture fx = new ReportFixture();
    private final ProcessReportResource resource = fx.resource();

    private JsonNode status(String projectKey) throws Exception {
        Response response = fx.jira.rest.call(() -> resource.status(projectKey));
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    @Test
    void soakingPostmortemsAndThoseWhoseActionsAwaitADecisionNewestFirst() throws Exception {
        fx.threePostmortemsAndAHiddenOne();

        JsonNode body = status("OPS");

        // OPS-2 and OPS-3 have no soak end yet; OPS-4 is hidden and counts nowhere.
        assertThat(body.path("soaking").findValuesAsText("key")).containsExactly("OPS-3", "OPS-2");
        assertThat(body.path("soaking").get(0).path("debriefHeldAt").asText()).isEqualTo("2026-01-07T14:00:00Z");
        // OPS-1's soak ended; of its visible actions one is still proposed with nothing decided (the hidden
        // committed one does not count either way).
        JsonNode awaiting = body.path("awaitingDecision");
        assertThat(awaiting.findValuesAsText("key")).containsExactly("OPS-1");
        assertThat(awaiting.get(0).path("actions").asInt()).isEqualTo(1);
        assertThat(awaiting.get(0).path("summary").asText()).isEqualTo("Postmortem OPS-1");
        assertThat(body.path("truncated").asBoolean()).isFalse();
        assertThat(body.toString()).doesNotContain("OPS-4");
    }

    @Test
    void aPostmortemWhoseActionsAreAllDecidedAwaitsNothing() throws Exception {
        var postmortem = fx.postmortem(1L, "OPS-1", null, true);
        fx.jira.linkActions(postmortem, fx.action(101L, "ACT-101", "indeterminate", null, true));
        fx.log.record(ProcessEventType.DEBRIEF_HELD, 1L, ReportFixture.JAN_5, "alice");
        fx.log.record(ProcessEventType.SOAK_ENDED, 1L, Instant.parse("2026-01-07T14:00:00Z"), null);

        JsonNode body = status("OPS");

        assertThat(body.path("soaking").size()).isZero();
        assertThat(body.path("awaitingDecision").size()).isZero();
    }

    @Test
    void theSearchForPostmortemsAwaitingTheirDebriefNamesTheProjectTypeAndFieldById() throws Exception {
        JsonNode body = status("OPS");

        assertThat(body.path("awaitingDebriefJql").asText()).isEqualTo(
                "project = 10000 AND issuetype = 10800 AND cf[10401] is EMPTY AND statusCategory != Done"
                        + " ORDER BY created DESC");
    }

    @Test
    void aCallerWhoMayNotBrowseTheProjectIsRefused() throws Exception {
        fx.threePostmortemsAndAHiddenOne();
        fx.browsable(false);

        Response response = fx.jira.rest.call(() -> resource.status("OPS"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getEntity().toString()).doesNotContain("OPS-1");
    }
}
