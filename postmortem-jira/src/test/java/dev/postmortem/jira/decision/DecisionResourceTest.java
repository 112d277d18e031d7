package dev.postmortem.jira.decision;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.TestFeatures;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DecisionResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DecisionFixture f = new DecisionFixture();
    private OptionalFeatures features = TestFeatures.allOn();

    private DecisionResource resource() {
        return new DecisionResource(f.jira.access, f.views(Locale.ENGLISH, DecisionFixture.NOW), f.decider(),
                f.jira.messages, features);
    }

    private Response get(String key) {
        DecisionResource resource = resource();
        return f.jira.rest.call(() -> resource.view(key));
    }

    private Response post(String key, String body) {
        DecisionResource resource = resource();
        return f.jira.rest.call(() -> resource.decide(key, body));
    }

    private static JsonNode json(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }

    private void callerAdministersTheProject() {
        when(f.jira.permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, f.postmortem,
                f.caller())).thenReturn(true);
    }

    @Test
    void getListsTheAwaitingActionsTheViewerMayBrowseWithWhoProposedThemAndTheChoicesOfAnAdmin() throws Exception {
        callerAdministersTheProject();
        f.jira.visible(f.act6, false);

        Response response = get("INC-42");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("postmortemKey").asText()).isEqualTo("INC-42");
        assertThat(body.get("soakEnded").asBoolean()).isTrue();
        assertThat(body.get("canDecide").asBoolean()).isTrue();
        assertThat(body.get("dropReady").asBoolean()).isTrue();
        assertThat(body.get("awaiting")).extracting(row -> row.get("key").asText()).containsExactly("ACT-1", "ACT-5");
        JsonNode act5 = body.get("awaiting").get(1);
        assertThat(act5.get("summary").asText()).isEqualTo("Page the DB owner on pool saturation <b>now</b>");
        assertThat(act5.get("proposer").asText()).isEqualTo("Jürgen Weiß");
        assertThat(act5.get("url").asText()).isEqualTo("https://jira.example.com/browse/ACT-5");
        assertThat(act5.get("state").asText()).isEqualTo("Proposed");
        assertThat(act5.get("choices")).extracting(JsonNode::asText).containsExactly("COMMIT", "DROP", "KEEP");
        assertThat(response.getHeaderString("Cache-Control")).contains("no-store");
        assertThat(body.toString()).doesNotContain("ACT-6");
    }

    @Test
    void getGivesTheOwnerChoicesAndOtherViewersNone() throws Exception {
        assertThat(json(get("INC-42")).get("canDecide").asBoolean()).as("neither owner nor admin").isFalse();
        assertThat(json(get("INC-42")).get("awaiting").get(0).get("choices")).isEmpty();

        String callerKey = f.caller().getKey();
        when(f.postmortem.getReporterId()).thenReturn(callerKey);
        assertThat(json(get("INC-42")).get("canDecide").asBoolean()).as("the reporter owns an unassigned one").isTrue();

        when(f.postmortem.getAssigneeId()).thenReturn("JIRAUSER10999");
        assertThat(json(get("INC-42")).get("canDecide").asBoolean()).as("the assignee owns it").isFalse();
    }

    @Test
    void aStoredReminderDayCountOutOfRangeShowsTheDefaultDueDateLikeTheReminderMail() throws Exception {
        String dueWithTheDefault = json(get("INC-42")).get("reminderDueAt").asText();
        f.settings.save(DecisionFixture.PROJECT, new dev.postmortem.jira.storage.DecisionSettings(0,
                java.util.Optional.of(DecisionFixture.NOT_DOING)));

        Response response = get("INC-42");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json(response).get("reminderDueAt").asText()).isNotEmpty().isEqualTo(dueWithTheDefault);
    }

    @Test
    void aPostmortemTheCallerMayNotBrowseIsNotFoundLikeAnUnknownKey() throws Exception {
        f.jira.visible(f.postmortem, false);

        Response hidden = get("INC-42");
        Response unknown = get("NOPE-1");

        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"}]}").getStatus())
                .isEqualTo(404);
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void postAppliesEachDecisionAndAnswersOneResultPerAction() throws Exception {
        Response response = post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"},"
                + "{\"actionId\":106,\"choice\":\"drop\",\"reason\":\"Covered by ACT-2\"},"
                + "{\"actionId\":101,\"choice\":\"KEEP\"}]}");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode results = json(response).get("results");
        assertThat(results).extracting(r -> r.get("actionId").asLong()).containsExactly(105L, 106L, 101L);
        assertThat(results).extracting(r -> r.get("applied").asBoolean()).containsExactly(true, true, true);
        assertThat(f.categories.get(105L)).isEqualTo("indeterminate");
        assertThat(f.categories.get(106L)).isEqualTo("done");
    }

    @Test
    void aRefusalOfOneActionIsATranslatedProblemBesideTheOthersResults() throws Exception {
        f.settings.save(DecisionFixture.PROJECT, new dev.postmortem.jira.storage.DecisionSettings(5,
                java.util.Optional.empty()));

        Response response = post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"},"
                + "{\"actionId\":106,\"choice\":\"DROP\",\"reason\":\"Covered by ACT-2\"}]}");

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode refused = json(response).get("results").get(1);
        assertThat(refused.get("applied").asBoolean()).isFalse();
        assertThat(refused.get("messageKey").asText()).isEqualTo(ActionDecider.NO_RESOLUTION_KEY);
        assertThat(refused.get("message").asText()).startsWith("ACT-6 cannot be dropped: this project has no");
    }

    @Test
    void invalidBatchesAre400WithEveryTranslatedProblemAndNothingApplied() throws Exception {
        Response response = post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"},"
                + "{\"actionId\":106,\"choice\":\"DROP\",\"reason\":\"bell \\u0007 here\"},"
                + "{\"actionId\":101,\"choice\":\"DROP\",\"reason\":\"" + "x".repeat(501) + "\"},"
                + "{\"actionId\":104,\"choice\":\"DROP\",\"reason\":\"   \"}]}");

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors).extracting(e -> e.get("field").asText())
                .containsExactly("decisions[1].reason", "decisions[2].reason", "decisions[3].reason");
        assertThat(errors).extracting(e -> e.get("key").asText()).containsExactly(
                "postmortem.decision.reason.controlCharacter", "postmortem.decision.reason.tooLong",
                "postmortem.decision.reason.required");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message").asText()).doesNotStartWith("postmortem."));
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
        verify(f.issueService, never()).newIssueInputParameters();
    }

    @Test
    void malformedBodiesAre400() throws Exception {
        for (String body : new String[] {"", "not json", "[]", "{}", "{\"decisions\":{}}",
                "{\"decisions\":[{\"actionId\":\"105\",\"choice\":\"COMMIT\"}]}",
                "{\"decisions\":[{\"actionId\":105,\"choice\":\"MAYBE\"}]}",
                "{\"decisions\":[{\"actionId\":105,\"choice\":\"DROP\",\"reason\":42}]}",
                "{\"decisions\":[]}"}) {
            Response response = post("INC-42", body);
            assertThat(response.getStatus()).as(body).isEqualTo(400);
            assertThat(json(response).get("errors").get(0).get("message").asText()).as(body)
                    .doesNotStartWith("postmortem.");
        }
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void actionsTheCallerMayNotBrowseAre404AndRevealNothing() throws Exception {
        f.jira.visible(f.act5, false);

        Response response = post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"},"
                + "{\"actionId\":98765,\"choice\":\"COMMIT\"}]}");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat((String) response.getEntity()).doesNotContain("ACT-5", "105");
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void aCallerJiraLetsTransitionNothingIs403WithJirasMessages() throws Exception {
        f.jiraRefuses("You do not have permission to transition this issue.");

        Response response = post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"}]}");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(json(response).get("errors").get(0).get("message").asText())
                .isEqualTo("Jira did not change ACT-5: You do not have permission to transition this issue.");
        verify(f.issueService, never()).transition(any(), any());
    }

    @Test
    void anonymousCallersCannotDecide() {
        when(f.jira.authentication.getLoggedInUser()).thenReturn(null);

        assertThat(post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"}]}").getStatus())
                .isEqualTo(401);
    }

    @Test
    void withoutJirasTransitionServicesDecidingIsOffAndTheViewOffersNoChoices() throws Exception {
        callerAdministersTheProject();
        features = TestFeatures.without("com.atlassian.jira.bc.issue.IssueService");

        Response response = post("INC-42", "{\"decisions\":[{\"actionId\":105,\"choice\":\"COMMIT\"}]}");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(json(response).get("errors").get(0).get("message").asText())
                .contains("com.atlassian.jira.bc.issue.IssueService");
        assertThat(json(get("INC-42")).get("canDecide").asBoolean()).isFalse();
    }

    @Test
    void readingIsOpenToBrowsersAndDecidingTakesJsonOnlyFromLicensedUsers() throws Exception {
        assertThat(DecisionResource.class.getAnnotation(Path.class).value()).isEqualTo("/decision/{postmortemKey}");
        Method view = DecisionResource.class.getMethod("view", String.class);
        Method decide = DecisionResource.class.getMethod("decide", String.class, String.class);
        assertThat(view.isAnnotationPresent(GET.class)).isTrue();
        assertThat(view.isAnnotationPresent(AnonymousSiteAccess.class)).isTrue();
        assertThat(decide.isAnnotationPresent(POST.class)).isTrue();
        assertThat(decide.isAnnotationPresent(LicensedOnly.class)).isTrue();
        // Form encodings and text/plain (what a cross-site form can send) are not accepted: XSRF-safe.
        assertThat(decide.getAnnotation(Consumes.class).value()).containsExactly(MediaType.APPLICATION_JSON);
    }
}
