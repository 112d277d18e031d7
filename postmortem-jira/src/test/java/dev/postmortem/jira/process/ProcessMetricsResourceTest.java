package dev.postmortem.jira.process;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.summary.PostmortemScenario;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProcessMetricsResourceTest {

    private static final Instant JAN_5 = Instant.parse("2026-01-05T14:00:00Z");

    private final PostmortemScenario jira = new PostmortemScenario();
    private final ProcessViewFixture log = ProcessViewFixture.english();
    private final ProcessMetricsResource resource = new ProcessMetricsResource(jira.access,
            report());
    private Project ops;

    /** The report over the scenario's Jira (issues, links, permissions) and the fixture's process log. */
    private ProjectProcessReport report() {
        return new ProjectProcessReport(log.events, log.processes, jira.issueManager,
                new DecidableActions(jira.issueLinkManager, jira.lookup, log.events), log.decisionSettings);
    }

    @BeforeEach
    void setUp() {
        ops = jira.project(ProcessViewFixture.PROJECT_ID, "OPS");
        browsable(ops, true);
    }

    private void browsable(Project project, boolean browsable) {
        when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, jira.caller))
                .thenReturn(browsable);
    }

    /** A Postmortem issue of OPS (or another project) the caller may browse. */
    private MutableIssue postmortem(long id, String key, long projectId) {
        MutableIssue issue = jira.issue(id, key, "Postmortem " + key, jira.postmortemType, "Open", "new", null);
        when(issue.getProjectId()).thenReturn(projectId);
        when(jira.issueManager.getIssueObject(id)).thenReturn(issue);
        jira.visible(issue, true);
        return issue;
    }

    private static Instant plusHours(Instant at, long hours) {
        return at.plus(Duration.ofHours(hours));
    }

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    private Response get(String projectKey, String from, String to) {
        return jira.rest.call(() -> resource.project(projectKey, from, to));
    }

    /** An action issue, which the caller may browse or not. */
    private MutableIssue action(long id, String key, boolean browsable) {
        MutableIssue issue = jira.issue(id, key, "Action " + key, jira.taskType, "Open", "new", null);
        when(jira.issueManager.getIssueObject(id)).thenReturn(issue);
        jira.visible(issue, browsable);
        return issue;
    }

    @Test
    void answersEachVisiblePostmortemOfThePeriodAndTheMetricsOverThem() throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        postmortem(2L, "OPS-2", ops.getId());
        postmortem(3L, "OPS-3", ops.getId());
        action(101L, "ACT-101", true);
        action(102L, "ACT-102", true);
        action(201L, "ACT-201", true);
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        log.record(ProcessEventType.SOAK_ENDED, 1L, plusHours(JAN_5, 48), null);
        log.commit(1L, 101L, plusHours(JAN_5, 50), "bob");
        log.commit(1L, 102L, plusHours(JAN_5, 70), "carol");
        log.record(ProcessEventType.DEBRIEF_HELD, 2L, plusHours(JAN_5, 24), "alice");
        log.commit(2L, 201L, plusHours(JAN_5, 34), "admin");
        log.override(201L, 2L, "Hotfix", "admin", plusHours(JAN_5, 30));
        log.record(ProcessEventType.DEBRIEF_HELD, 3L, plusHours(JAN_5, 48), "alice");

        Response response = get("OPS", "2026-01-01", "2026-01-31");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Cache-Control")).contains("no-store").contains("private");
        JsonNode body = json(response);
        assertThat(body.path("projectKey").asText()).isEqualTo("OPS");
        assertThat(body.path("from").asText()).isEqualTo("2026-01-01");
        assertThat(body.path("to").asText()).isEqualTo("2026-01-31");
        assertThat(body.path("limit").asInt()).isEqualTo(500);
        assertThat(body.path("truncated").asBoolean()).isFalse();
        JsonNode first = body.path("postmortems").get(0);
        assertThat(first.path("key").asText()).isEqualTo("OPS-1");
        assertThat(first.path("debriefHeldAt").asText()).isEqualTo("2026-01-05T14:00:00Z");
        assertThat(first.path("soakEndedAt").asText()).isEqualTo("2026-01-07T14:00:00Z");
        assertThat(first.path("firstCommitAt").asText()).isEqualTo("2026-01-07T16:00:00Z");
        assertThat(first.path("hoursToFirstCommit").asDouble()).isEqualTo(50.0);
        assertThat(first.path("commits").asInt()).isEqualTo(2);
        assertThat(first.path("commitsBeforeDebrief").asInt()).isZero();
        assertThat(first.path("overrides").asInt()).isZero();
        JsonNode third = body.path("postmortems").get(2);
        assertThat(third.path("key").asText()).isEqualTo("OPS-3");
        assertThat(third.path("soakEndedAt").isNull()).isTrue();
        assertThat(third.path("firstCommitAt").isNull()).isTrue();
        assertThat(third.path("hoursToFirstCommit").isNull()).isTrue();
        assertThat(body.path("postmortems").findValuesAsText("key")).containsExactly("OPS-1", "OPS-2", "OPS-3");
        JsonNode aggregate = body.path("aggregate");
        assertThat(aggregate.path("postmortems").asInt()).isEqualTo(3);
        assertThat(aggregate.path("withFirstCommit").asInt()).isEqualTo(2);
        // 50 h and 10 h: the median is their mean; the 90th percentile 10 + 0.9 * 40.
        assertThat(aggregate.path("medianHoursToFirstCommit").asDouble()).isEqualTo(30.0);
        assertThat(aggregate.path("p90HoursToFirstCommit").asDouble()).isEqualTo(46.0);
        assertThat(aggregate.path("withOverride").asInt()).isEqualTo(1);
        assertThat(aggregate.path("overrideShare").asDouble()).isEqualTo(0.3333);
        assertThat(response.getEntity().toString()).doesNotContain("alice").doesNotContain("admin");
    }

    @Test
    void thePostmortemIssueTypeIsResolvedOncePerRequestNotOncePerCandidate() throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        postmortem(2L, "OPS-2", ops.getId());
        postmortem(3L, "OPS-3", ops.getId());
        MutableIssue task = jira.issue(4L, "OPS-4", "A task", jira.taskType, "Open", "new", null);
        when(task.getProjectId()).thenReturn(ProcessViewFixture.PROJECT_ID);
        when(jira.issueManager.getIssueObject(4L)).thenReturn(task);
        jira.visible(task, true);
        for (long id = 1; id <= 4; id++) {
            log.record(ProcessEventType.DEBRIEF_HELD, id, plusHours(JAN_5, id), "alice");
        }

        JsonNode body = json(get("OPS", "2026-01-01", "2026-01-31"));

        // Four candidates, one of them not a postmortem; the issue types are read once for all of them.
        assertThat(body.path("postmortems").findValuesAsText("key")).containsExactly("OPS-1", "OPS-2", "OPS-3");
        verify(jira.issueTypes, times(1)).getIssueTypes();
    }

    @Test
    void hoursAreRoundedToTwoDecimalsHalfUpAfterTheMetricsAreTakenOverTheExactValues() throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        postmortem(2L, "OPS-2", ops.getId());
        action(101L, "ACT-101", true);
        action(201L, "ACT-201", true);
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        // 414 s = 0.115 h, 450 s = 0.125 h: both on a half, so half-up shows.
        log.commit(1L, 101L, JAN_5.plusSeconds(414), "bob");
        log.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5, "alice");
        log.commit(2L, 201L, JAN_5.plusSeconds(450), "bob");

        JsonNode body = json(get("OPS", "2026-01-01", "2026-01-31"));

        assertThat(body.path("postmortems").get(0).path("hoursToFirstCommit").asDouble()).isEqualTo(0.12);
        assertThat(body.path("postmortems").get(1).path("hoursToFirstCommit").asDouble()).isEqualTo(0.13);
        // The median of the exact values, (0.115 + 0.125) / 2 = 0.12, not the mean of the rounded ones (0.125 ->
        // 0.13); the 90th percentile 0.115 + 0.9 * 0.01 = 0.124.
        assertThat(body.path("aggregate").path("medianHoursToFirstCommit").asDouble()).isEqualTo(0.12);
        assertThat(body.path("aggregate").path("p90HoursToFirstCommit").asDouble()).isEqualTo(0.12);
    }

    @Test
    void postmortemsTheCallerMayNotBrowseAreLeftOutOfTheListAndTheMetrics() throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        MutableIssue hidden = postmortem(2L, "OPS-2", ops.getId());
        jira.visible(hidden, false);
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5, "alice");
        log.commit(2L, 201L, plusHours(JAN_5, 1), "bob");
        log.override(201L, 2L, "Hidden", "admin", JAN_5);

        JsonNode body = json(get("OPS", "2026-01-01", "2026-01-31"));

        assertThat(body.path("postmortems").findValuesAsText("key")).containsExactly("OPS-1");
        assertThat(body.path("aggregate").path("postmortems").asInt()).isEqualTo(1);
        assertThat(body.path("aggregate").path("withFirstCommit").asInt()).isZero();
        assertThat(body.path("aggregate").path("medianHoursToFirstCommit").isNull()).isTrue();
        assertThat(body.path("aggregate").path("overrideShare").asDouble()).isZero();
        assertThat(body.toString()).doesNotContain("OPS-2");
    }

    @Test
    void commitsAndOverridesOfActionsTheCallerMayNotBrowseAreLeftOutOfTheCountsTheFirstCommitAndTheMetrics()
            throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        action(101L, "ACT-101", true);
        action(102L, "ACT-102", false);
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        log.override(102L, 1L, "Hidden hotfix", "admin", plusHours(JAN_5, 1));
        log.commit(1L, 102L, plusHours(JAN_5, 2), "bob");
        log.commit(1L, 101L, plusHours(JAN_5, 50), "carol");
        // Recorded before commits named their action: nobody can be shown it.
        log.record(ProcessEventType.ACTIONS_COMMITTED, 1L, plusHours(JAN_5, 3), "dave");

        JsonNode body = json(get("OPS", "2026-01-01", "2026-01-31"));

        JsonNode only = body.path("postmortems").get(0);
        assertThat(only.path("commits").asInt()).isEqualTo(1);
        assertThat(only.path("firstCommitAt").asText()).isEqualTo("2026-01-07T16:00:00Z");
        assertThat(only.path("hoursToFirstCommit").asDouble()).isEqualTo(50.0);
        assertThat(only.path("overrides").asInt()).isZero();
        assertThat(body.path("aggregate").path("medianHoursToFirstCommit").asDouble()).isEqualTo(50.0);
        assertThat(body.path("aggregate").path("withOverride").asInt()).isZero();
        assertThat(body.path("aggregate").path("overrideShare").asDouble()).isZero();
        assertThat(body.toString()).doesNotContain("ACT-102");

        jira.visible((MutableIssue) jira.issueManager.getIssueObject(102L), true);
        JsonNode seesB = json(get("OPS", "2026-01-01", "2026-01-31")).path("postmortems").get(0);

        assertThat(seesB.path("commits").asInt()).isEqualTo(2);
        assertThat(seesB.path("firstCommitAt").asText()).isEqualTo("2026-01-05T16:00:00Z");
        assertThat(seesB.path("overrides").asInt()).isEqualTo(1);
    }

    @Test
    void onlyPostmortemsWhoseCurrentDebriefIsInThePeriodAndThatAreStillInTheProjectCount() throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        postmortem(2L, "OPS-2", ops.getId());
        postmortem(3L, "WEB-3", 10900L);
        MutableIssue task = jira.issue(4L, "OPS-4", "Not a postmortem", jira.taskType, "Open", "new", null);
        when(task.getProjectId()).thenReturn(ProcessViewFixture.PROJECT_ID);
        when(jira.issueManager.getIssueObject(4L)).thenReturn(task);
        jira.visible(task, true);
        // OPS-1's debrief was corrected to February; OPS-2's was cleared; WEB-3 moved away; OPS-4 is a task now.
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, Instant.parse("2026-02-03T10:00:00Z"), "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 2L, JAN_5, "alice");
        log.record(ProcessEventType.DEBRIEF_CLEARED, 2L, plusHours(JAN_5, 1), "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 3L, JAN_5, "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 4L, JAN_5, "alice");

        JsonNode january = json(get("OPS", "2026-01-01", "2026-01-31"));
        JsonNode february = json(get("OPS", "2026-02-01", "2026-02-28"));

        assertThat(january.path("postmortems").size()).isZero();
        assertThat(january.path("aggregate").path("postmortems").asInt()).isZero();
        assertThat(january.path("aggregate").path("overrideShare").isNull()).isTrue();
        assertThat(february.path("postmortems").findValuesAsText("key")).containsExactly("OPS-1");
    }

    @Test
    void bothDaysOfThePeriodAreIncludedInUtc() throws Exception {
        postmortem(1L, "OPS-1", ops.getId());
        postmortem(2L, "OPS-2", ops.getId());
        postmortem(3L, "OPS-3", ops.getId());
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, Instant.parse("2026-01-01T00:00:00Z"), "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 2L, Instant.parse("2026-01-31T23:59:59Z"), "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 3L, Instant.parse("2026-02-01T00:00:00Z"), "alice");

        JsonNode body = json(get("OPS", "2026-01-01", "2026-01-31"));

        assertThat(body.path("postmortems").findValuesAsText("key")).containsExactly("OPS-1", "OPS-2");
    }

    @Test
    void anUnknownAndAHiddenProjectGetTheSame404() throws Exception {
        Project secret = jira.project(10900L, "SECRET");
        browsable(secret, false);

        Response unknown = get("NOPE", "2026-01-01", "2026-01-31");
        Response hidden = get("SECRET", "2026-01-01", "2026-01-31");

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(json(hidden).path("errors").get(0).path("key").asText())
                .isEqualTo(json(unknown).path("errors").get(0).path("key").asText())
                .isEqualTo("postmortem.jira.rest.project.notFound");
        // The period is not even looked at: a hidden project answers like an unknown one, whatever was asked.
        assertThat(get("SECRET", "junk", null).getStatus()).isEqualTo(404);
    }

    @Test
    void missingAndMalformedDaysAreA400NamingEachParameter() throws Exception {
        JsonNode missing = json(get("OPS", null, " "));
        JsonNode malformed = json(get("OPS", "2026-13-01", "31.01.2026"));

        assertThat(missing.path("status").asInt()).isEqualTo(400);
        assertThat(missing.path("errors").findValuesAsText("field")).containsExactly("from", "to");
        assertThat(missing.path("errors").findValuesAsText("key"))
                .containsOnly(ProcessMetricsResource.DATE_REQUIRED_KEY);
        assertThat(missing.path("errors").get(0).path("message").asText())
                .isEqualTo("The parameter from is required: a day written YYYY-MM-DD, e.g. 2026-01-31.");
        assertThat(malformed.path("errors").findValuesAsText("key"))
                .containsOnly(ProcessMetricsResource.DATE_INVALID_KEY);
        assertThat(malformed.path("errors").findValuesAsText("field")).containsExactly("from", "to");
        assertThat(malformed.toString()).doesNotContain("Exception").doesNotContain("31.01.2026");
    }

    @Test
    void aDayWhoseYearIsNotWrittenWithFourDigitsIsA400NotAServerError() throws Exception {
        // LocalDate reads these, but the last day of its range has no next day (the period's end), and a year past
        // about 292 million has no epoch milliseconds (the storage's time column).
        JsonNode lastDay = json(get("OPS", "+999999999-12-31", "+999999999-12-31"));
        JsonNode farFuture = json(get("OPS", "+300000000-01-01", "+300000000-01-02"));
        JsonNode farPast = json(get("OPS", "-300000000-01-01", "2026-01-01"));

        for (JsonNode body : new JsonNode[] {lastDay, farFuture, farPast}) {
            assertThat(body.path("status").asInt()).isEqualTo(400);
            assertThat(body.path("errors").findValuesAsText("key"))
                    .containsOnly(ProcessMetricsResource.DATE_INVALID_KEY);
        }
        assertThat(farPast.path("errors").findValuesAsText("field")).containsExactly("from");
    }

    @Test
    void aReversedOrLongerThanAYearPeriodIsA400AndAWholeLeapYearIsNot() throws Exception {
        JsonNode reversed = json(get("OPS", "2026-02-01", "2026-01-31"));
        JsonNode tooLong = json(get("OPS", "2027-01-01", "2028-01-02"));
        Response leapYear = get("OPS", "2028-01-01", "2028-12-31");

        assertThat(reversed.path("errors").get(0).path("key").asText())
                .isEqualTo(ProcessMetricsResource.RANGE_REVERSED_KEY);
        assertThat(reversed.path("errors").get(0).path("field").asText()).isEqualTo("to");
        assertThat(tooLong.path("status").asInt()).isEqualTo(400);
        assertThat(tooLong.path("errors").get(0).path("key").asText())
                .isEqualTo(ProcessMetricsResource.RANGE_TOO_LONG_KEY);
        assertThat(tooLong.path("errors").get(0).path("message").asText()).isEqualTo(
                "The period is too long: at most 366 days from \"from\" to \"to\", both included.");
        assertThat(leapYear.getStatus()).isEqualTo(200);
    }

    @Test
    void errorsAreInTheCallersLanguage() throws Exception {
        ProcessMetricsResource german = new ProcessMetricsResource(jira.access,
                report());
        RestCalls germanRest = new RestCalls(new UserMessages(JiraTexts.in(Locale.GERMAN)));

        JsonNode body = json(germanRest.call(() -> german.project("OPS", "2026-01-01", "2027-06-01")));

        assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo(
                "Der Zeitraum ist zu lang: höchstens 366 Tage von \"from\" bis \"to\", beide eingeschlossen.");
    }
}
