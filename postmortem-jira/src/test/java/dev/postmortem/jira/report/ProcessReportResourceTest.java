package dev.postmortem.jira.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.UserMessages;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.ProcessEventType;

import java.util.Optional;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class ProcessReportResourceTest {

    private final ReportFixture fx = new ReportFixture();
    private final ProcessReportResource resource = fx.resource();

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    private Response get(String projectKey, String from, String to) {
        return fx.jira.rest.call(() -> resource.report(projectKey, from, to));
    }

    @Test
    void listsEachVisiblePostmortemWithItsDecisionsOverridesAndFailureClass() throws Exception {
        fx.threePostmortemsAndAHiddenOne();

        Response response = get("OPS", "2026-01-01", "2026-01-31");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Cache-Control")).contains("no-store");
        JsonNode body = json(response);
        assertThat(body.path("truncated").asBoolean()).isFalse();
        assertThat(body.path("postmortems").findValuesAsText("key")).containsExactly("OPS-1", "OPS-2", "OPS-3");
        JsonNode first = body.path("postmortems").get(0);
        assertThat(first.path("debriefHeldAt").asText()).isEqualTo("2026-01-05T14:00:00Z");
        assertThat(first.path("soakEndedAt").asText()).isEqualTo("2026-01-07T14:00:00Z");
        assertThat(first.path("soakHours").asDouble()).isEqualTo(48.0);
        // The hidden action's commit 49 h after the debrief is not the first commit; its override counts nowhere.
        assertThat(first.path("hoursToFirstCommit").asDouble()).isEqualTo(50.0);
        assertThat(first.path("overrides").asInt()).isZero();
        // Four visible actions: committed, done, won't do, proposed; the hidden fifth is not even counted.
        assertThat(first.path("proposed").asInt()).isEqualTo(4);
        assertThat(first.path("committed").asInt()).isEqualTo(2);
        assertThat(first.path("dropped").asInt()).isEqualTo(1);
        assertThat(first.path("undecided").asInt()).isEqualTo(1);
        assertThat(first.path("failureClass").asText()).isEqualTo("CONTROLLABLE");
        JsonNode third = body.path("postmortems").get(2);
        assertThat(third.path("failureClass").isNull()).isTrue();
        assertThat(third.path("soakHours").isNull()).isTrue();
        assertThat(third.path("proposed").asInt()).isZero();

        JsonNode actions = body.path("actions");
        assertThat(actions.path("proposed").asInt()).isEqualTo(5);
        assertThat(actions.path("committed").asInt()).isEqualTo(3);
        assertThat(actions.path("dropped").asInt()).isEqualTo(1);
        assertThat(actions.path("undecided").asInt()).isEqualTo(1);
        // January of the period, and February, when OPS-2 was overridden again; the hidden action's override is not.
        assertThat(body.path("overridesByMonth").toString())
                .isEqualTo("[{\"month\":\"2026-01\",\"overrides\":1},{\"month\":\"2026-02\",\"overrides\":1}]");
        assertThat(body.path("failureClasses").toString()).isEqualTo("[{\"failureClass\":\"CONTROLLABLE\",\"postmortems\":1},"
                + "{\"failureClass\":\"NOVEL\",\"postmortems\":1},{\"failureClass\":\"EXTERNAL_DEPENDENCY\",\"postmortems\":0},"
                + "{\"failureClass\":null,\"postmortems\":1}]");
        assertThat(response.getEntity().toString()).doesNotContain("OPS-4").doesNotContain("ACT-105")
                .doesNotContain("alice").doesNotContain("Hotfix");
    }

    @Test
    void anActionClosedWithTheProjectsOwnNotDoingResolutionCountsAsDropped() throws Exception {
        MutableIssue postmortem = fx.postmortem(1L, "OPS-1", null, true);
        MutableIssue parked = fx.action(101L, "ACT-101", "done", "Parked", true);
        when(parked.getResolution().getId()).thenReturn("10300");
        fx.jira.linkActions(postmortem, parked);
        fx.log.record(ProcessEventType.DEBRIEF_HELD, 1L, ReportFixture.JAN_5, "alice");

        JsonNode before = json(get("OPS", "2026-01-01", "2026-01-31")).path("actions");
        fx.settings.save(fx.ops.getId(), new DecisionSettings(DecisionSettings.DEFAULTS.reminderBusinessDays(),
                Optional.of("10300")));
        JsonNode after = json(get("OPS", "2026-01-01", "2026-01-31")).path("actions");

        assertThat(before.path("committed").asInt()).isEqualTo(1);
        assertThat(after.path("committed").asInt()).isZero();
        assertThat(after.path("dropped").asInt()).isEqualTo(1);
    }

    @Test
    void anEmptyPeriodHasEveryMonthAtZeroAndNoRows() throws Exception {
        fx.threePostmortemsAndAHiddenOne();

        JsonNode body = json(get("OPS", "2026-03-01", "2026-04-30"));

        assertThat(body.path("postmortems").size()).isZero();
        assertThat(body.path("actions").path("proposed").asInt()).isZero();
        assertThat(body.path("overridesByMonth").findValuesAsText("month")).containsExactly("2026-03", "2026-04");
    }

    @Test
    void aCallerWhoMayNotBrowseTheProjectIsRefusedAsIfItDidNotExistBeforeThePeriodIsRead() throws Exception {
        fx.threePostmortemsAndAHiddenOne();
        fx.browsable(false);

        Response json = get("OPS", "not-a-day", null);
        Response csv = fx.jira.rest.call(() -> resource.csv("OPS", "2026-01-01", "2026-01-31"));
        Response unknown = get("NOPE", "2026-01-01", "2026-01-31");

        assertThat(json.getStatus()).isEqualTo(404);
        assertThat(csv.getStatus()).isEqualTo(404);
        assertThat(json(csv).toString()).doesNotContain("OPS-1");
        assertThat(json(json).path("errors").get(0).path("message").asText())
                .isEqualTo("There is no project OPS, or you do not have permission to see it.");
        assertThat(json(unknown).path("errors").get(0).path("message").asText())
                .isEqualTo("There is no project NOPE, or you do not have permission to see it.");
    }

    @Test
    void aWrongPeriodIsA400PerParameterInTheCallersLanguage() throws Exception {
        RestCalls german = new RestCalls(new UserMessages(JiraTexts.in(Locale.GERMAN)));

        Response missing = german.call(() -> resource.report("OPS", "", "2026-13-01"));
        Response tooLong = german.call(() -> resource.csv("OPS", "2025-01-01", "2026-01-31"));
        Response reversed = fx.jira.rest.call(() -> resource.report("OPS", "2026-02-01", "2026-01-31"));

        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(json(missing).path("errors").findValuesAsText("message")).containsExactly(
                "Der Parameter from ist erforderlich: ein Tag im Format JJJJ-MM-TT, z. B. 2026-01-31.",
                "Der Parameter to ist kein Tag im Format JJJJ-MM-TT, z. B. 2026-01-31.");
        assertThat(json(missing).path("errors").findValuesAsText("field")).containsExactly("from", "to");
        assertThat(json(tooLong).path("errors").get(0).path("message").asText())
                .isEqualTo("Der Zeitraum ist zu lang: höchstens 366 Tage von \"from\" bis \"to\", beide eingeschlossen.");
        assertThat(json(reversed).path("errors").get(0).path("message").asText()).startsWith("The period ends before");
    }

    @Test
    void theCsvHasTheSameRowsAsTheJsonAndIsADownloadNeverStored() {
        fx.threePostmortemsAndAHiddenOne();

        Response response = fx.jira.rest.call(() -> resource.csv("OPS", "2026-01-01", "2026-01-31"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaderString("Content-Disposition"))
                .isEqualTo("attachment; filename=\"postmortem-process-OPS-2026-01-01-2026-01-31.csv\"");
        assertThat(response.getHeaderString("Cache-Control")).contains("no-store");
        assertThat(response.getHeaderString("X-Postmortem-Truncated")).isEqualTo("false");
        assertThat(response.getEntity().toString()).isEqualTo(
                "key,debriefHeldAt,soakEndedAt,firstCommitAt,hoursToFirstCommit,soakHours,proposed,committed,dropped,"
                        + "undecided,overrides,failureClass\r\n"
                        + "OPS-1,2026-01-05T14:00:00Z,2026-01-07T14:00:00Z,2026-01-07T16:00:00Z,50.0,48.0,4,2,1,1,0,"
                        + "CONTROLLABLE\r\n"
                        + "OPS-2,2026-01-06T14:00:00Z,,2026-01-07T00:00:00Z,10.0,,1,1,0,0,2,NOVEL\r\n"
                        + "OPS-3,2026-01-07T14:00:00Z,,,,,0,0,0,0,0,\r\n");
    }
}
