package dev.postmortem.jira.incident;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.util.ErrorCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.TimelineEntry;
import dev.postmortem.core.narrative.TimelineSource;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.host.UserMessages;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Map;

import static dev.postmortem.jira.incident.IncidentFixture.CREATED;
import static dev.postmortem.jira.incident.IncidentFixture.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IncidentPostmortemResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IncidentFixture fx = new IncidentFixture();
    private final RestCalls rest = new RestCalls(new UserMessages(JiraTexts.english()));
    private final IssueInputParameters input = mock(IssueInputParameters.class);
    private final IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
    private final IssueService.IssueResult result = mock(IssueService.IssueResult.class);
    private final MutableIssue created = mock(MutableIssue.class);
    private IncidentPostmortemResource resource;

    @BeforeEach
    void setUp() {
        fx.change(301, CREATED.plusSeconds(600), fx.assignee, "status", "Open", "In Progress");
        fx.comment(10020, CREATED.plusSeconds(300), fx.reporter, "Rolled back the deploy.", null, null);
        when(fx.issueService.newIssueInputParameters()).thenReturn(input);
        when(fx.issueService.validateCreate(eq(fx.writer), any())).thenReturn(validation);
        when(validation.isValid()).thenReturn(true);
        when(fx.issueService.create(fx.writer, validation)).thenReturn(result);
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(created);
        when(created.getId()).thenReturn(30000L);
        when(created.getKey()).thenReturn("PM-7");
        resource = new IncidentPostmortemResource(fx.postmortems());
    }

    @Test
    void proposesProjectSummaryImpactParticipantsAndTheSeededTimeline() throws Exception {
        JsonNode body = body(rest.call(() -> resource.propose("INC-1")));

        assertThat(body.get("existing").isNull()).isTrue();
        JsonNode proposal = body.get("proposal");
        // Only PM has the Postmortem issue type: it is offered, the incident's own project is not.
        assertThat(proposal.get("projects")).hasSize(1);
        assertThat(proposal.get("projects").get(0).get("key").asText()).isEqualTo("PM");
        assertThat(proposal.get("projectKey").asText()).isEmpty();
        assertThat(proposal.get("summary").asText()).isEqualTo("Postmortem: Checkout returns 502");
        assertThat(proposal.get("impactStart").asText()).isEqualTo(CREATED.toString());
        assertThat(proposal.get("impactEnd").asText()).isEqualTo(RESOLVED.toString());
        assertThat(proposal.get("participants").findValuesAsText("userKey"))
                .containsExactly("JIRAUSER2", "JIRAUSER3");
        assertThat(proposal.get("timeline").findValuesAsText("ref"))
                .containsExactly("comment:10020", "history:301:status");
        assertThat(proposal.get("timelineTruncated").asBoolean()).isFalse();
    }

    @Test
    void theIncidentsProjectIsTheDefaultWhenItHasThePostmortemType() throws Exception {
        when(fx.incidentProject.getIssueTypes()).thenReturn(List.of(fx.incidentType, fx.postmortemType));

        JsonNode body = body(rest.call(() -> resource.propose("INC-1")));

        assertThat(body.get("proposal").get("projectKey").asText()).isEqualTo("INC");
    }

    @Test
    void anIncidentTheCallerMayNotBrowseIsNotFound() throws Exception {
        when(fx.permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(fx.incident), any()))
                .thenReturn(false);

        Response propose = rest.call(() -> resource.propose("INC-1"));
        Response create = rest.call(() -> resource.create("INC-1", request("PM", List.of())));

        assertThat(propose.getStatus()).isEqualTo(404);
        assertThat(create.getStatus()).isEqualTo(404);
        verify(fx.issueService, never()).validateCreate(any(), any());
    }

    @Test
    void anonymousCallersAreRefused() {
        when(fx.authenticationContext.getLoggedInUser()).thenReturn(null);

        assertThat(rest.call(() -> resource.propose("INC-1")).getStatus()).isEqualTo(401);
    }

    @Test
    void aProjectWithoutCreateIssuesForTheCallerIsRefused() throws Exception {
        when(fx.permissionManager.getProjects(ProjectPermissions.CREATE_ISSUES, fx.writer))
                .thenReturn(List.of(fx.incidentProject));

        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of())));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).get("errors").get(0).get("field").asText()).isEqualTo("projectKey");
        verify(fx.issueService, never()).validateCreate(any(), any());
    }

    @Test
    void createsThePostmortemAsTheCallerWithTheNarrativeAndLinksIt() throws Exception {
        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of(
                Map.of("time", CREATED.plusSeconds(300).toString(), "text", "Comment: Rolled back the deploy.",
                        "ref", "comment:10020"),
                Map.of("time", CREATED.plusSeconds(600).toString(), "text", "Status: Open → Resolved (edited)",
                        "ref", "history:301:status"),
                Map.of("time", CREATED.plusSeconds(30).toString(), "text", "Paged the database team")))));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(body(response).get("key").asText()).isEqualTo("PM-7");
        assertThat(body(response).get("linked").asBoolean()).isTrue();
        verify(input).setProjectId(10100L);
        verify(input).setIssueTypeId("10600");
        verify(input).setSummary("Postmortem: Checkout returns 502");
        ArgumentCaptor<String> json = ArgumentCaptor.forClass(String.class);
        verify(input).addCustomFieldValue(eq("customfield_10400"), json.capture());
        verify(fx.issueLinkManager).createIssueLink(30000L, 20000L, 10210L, null, fx.writer);

        Narrative narrative = NarrativeJson.parse(json.getValue()).narrative().orElseThrow();
        assertThat(narrative.impact().start()).isEqualTo(CREATED);
        assertThat(narrative.impact().end()).isEqualTo(RESOLVED);
        assertThat(narrative.accounts()).extracting(a -> a.participantUserKey()).containsExactly("JIRAUSER2");
        assertThat(narrative.timeline()).containsExactly(
                new TimelineEntry(CREATED.plusSeconds(30), "Paged the database team", "JIRAUSER1"),
                new TimelineEntry(CREATED.plusSeconds(300), "Comment: Rolled back the deploy.", "JIRAUSER3",
                        TimelineSource.jira("INC-1", "comment:10020")),
                // Edited by the writer: theirs now, no longer what Jira recorded.
                new TimelineEntry(CREATED.plusSeconds(600), "Status: Open → Resolved (edited)", "JIRAUSER1"));
    }

    @Test
    void aRowClaimingARecordTheCallerCannotReadIsRefused() throws Exception {
        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of(
                Map.of("time", CREATED.toString(), "text", "Comment: secret", "ref", "comment:99999")))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asText()).isEqualTo("timeline");
        verify(fx.issueService, never()).validateCreate(any(), any());
    }

    @Test
    void aRestrictedCommentCannotBeSmuggledInByItsRef() throws Exception {
        fx.comment(10030, CREATED.plusSeconds(400), fx.assignee, "Role only", null, 10002L);

        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of(
                Map.of("time", CREATED.plusSeconds(400).toString(), "text", "Comment: Role only",
                        "ref", "comment:10030")))));

        assertThat(response.getStatus()).isEqualTo(400);
        verify(fx.issueService, never()).validateCreate(any(), any());
    }

    @Test
    void aParticipantTheIncidentDoesNotNameIsRefused() throws Exception {
        String body = JSON.writeValueAsString(Map.of("projectKey", "PM", "summary", "S",
                "participants", List.of("JIRAUSER99"), "timeline", List.of()));

        Response response = rest.call(() -> resource.create("INC-1", body));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).get("errors").get(0).get("field").asText()).isEqualTo("participants");
    }

    @Test
    void anEmptyRowIsAProblemAtItsPositionInTheForm() throws Exception {
        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of(
                Map.of("time", CREATED.toString(), "text", "fine"),
                Map.of("time", CREATED.toString(), "text", "")))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).get("errors").findValuesAsText("field")).contains("timeline[1].text");
    }

    @Test
    void jirasOwnRefusalIsPassedOnWithItsField() throws Exception {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("components", "Component/s is required."));
        when(errors.getErrorMessages()).thenReturn(List.of());
        when(validation.isValid()).thenReturn(false);
        when(validation.getErrorCollection()).thenReturn(errors);

        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of())));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("message").asText()).isEqualTo("Jira: Component/s is required.");
        assertThat(error.get("field").asText()).isEqualTo("components");
        verify(fx.issueService, never()).create(any(), any());
    }

    @Test
    void anIncidentWithAPostmortemOffersItAndRefusesASecond() throws Exception {
        linkExistingPostmortem(true);

        JsonNode proposal = body(rest.call(() -> resource.propose("INC-1")));
        Response create = rest.call(() -> resource.create("INC-1", request("PM", List.of())));

        assertThat(proposal.get("existing").get("key").asText()).isEqualTo("PM-3");
        assertThat(proposal.has("proposal")).isFalse();
        assertThat(create.getStatus()).isEqualTo(409);
        assertThat(body(create).get("errors").get(0).get("message").asText())
                .isEqualTo("INC-1 already has a postmortem: PM-3.");
        verify(fx.issueService, never()).validateCreate(any(), any());
    }

    @Test
    void aPostmortemTheCallerMayNotSeeIsNotNamedButStillCounts() throws Exception {
        linkExistingPostmortem(false);

        JsonNode proposal = body(rest.call(() -> resource.propose("INC-1")));
        Response create = rest.call(() -> resource.create("INC-1", request("PM", List.of())));

        assertThat(proposal.get("existing").get("hidden").asBoolean()).isTrue();
        assertThat(proposal.toString()).doesNotContain("PM-3");
        assertThat(create.getStatus()).isEqualTo(409);
        assertThat(body(create).toString()).doesNotContain("PM-3");
    }

    @Test
    void aPostmortemItselfOffersNoPostmortem() {
        when(fx.incident.getIssueType()).thenReturn(fx.postmortemType);

        assertThat(rest.call(() -> resource.propose("INC-1")).getStatus()).isEqualTo(400);
    }

    @Test
    void theFeatureIsOffWithoutItsHostServices() {
        resource = new IncidentPostmortemResource(new IncidentPostmortems(fx.access(), fx.lookup(),
                fx.permissionManager, fx.issueService, fx.issueLinkManager, fx.timeline(), fx.texts(), fx.locks,
                TestFeatures.without("com.atlassian.jira.issue.changehistory.ChangeHistoryManager")));

        assertThat(rest.call(() -> resource.propose("INC-1")).getStatus()).isEqualTo(404);
    }

    @Test
    void aRefusedLinkStillAnswersTheCreatedPostmortemAndSaysSo() throws Exception {
        org.mockito.Mockito.doThrow(new com.atlassian.jira.exception.CreateException("no"))
                .when(fx.issueLinkManager).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());

        Response response = rest.call(() -> resource.create("INC-1", request("PM", List.of())));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(body(response).get("linked").asBoolean()).isFalse();
    }

    private void linkExistingPostmortem(boolean visible) {
        MutableIssue postmortem = mock(MutableIssue.class);
        when(postmortem.getKey()).thenReturn("PM-3");
        when(fx.permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(postmortem), any()))
                .thenReturn(visible);
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(10210L);
        when(link.getSourceObject()).thenReturn(postmortem);
        when(fx.issueLinkManager.getInwardLinks(20000L)).thenReturn(List.of(link));
    }

    private static String request(String projectKey, List<Map<String, String>> rows) {
        return json(Map.of("projectKey", projectKey,
                "summary", "Postmortem: Checkout returns 502",
                "impactStart", CREATED.toString(), "impactEnd", RESOLVED.toString(),
                "participants", List.of("JIRAUSER2"), "timeline", rows));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }
}
