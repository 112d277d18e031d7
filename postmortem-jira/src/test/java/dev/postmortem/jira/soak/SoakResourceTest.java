package dev.postmortem.jira.soak;

import com.atlassian.cache.CacheSettings;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.ErrorBody;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.storage.InMemoryOverrideLog;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.testsupport.InMemoryCacheManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SoakResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SoakFixture fx = new SoakFixture();
    private final TextsFixture tx = new TextsFixture();
    private final IssueManager issueManager = mock(IssueManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final InMemoryOverrideLog overrideLog = new InMemoryOverrideLog();
    private final InMemoryProcessEventLog processEventLog = new InMemoryProcessEventLog();
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final ApplicationUser member = mock(ApplicationUser.class);
    private SoakResource resource;
    private RestCalls rest;

    @BeforeEach
    void setUp() {
        MutableIssue action = (MutableIssue) fx.action;
        when(issueManager.getIssueObject("ACT-1")).thenReturn(action);
        MutableIssue secret = mock(MutableIssue.class);
        when(issueManager.getIssueObject("SECRET-1")).thenReturn(secret);
        for (ApplicationUser user : new ApplicationUser[] {admin, member, null}) {
            when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, action, user)).thenReturn(true);
        }
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, action, admin)).thenReturn(true);
        when(admin.getKey()).thenReturn("JIRAUSER10000");
        when(admin.getDisplayName()).thenReturn("Ada Admin");
        when(tx.userManager.getUserByKey("JIRAUSER10000")).thenReturn(admin);
        when(i18n.getText(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(invocation -> {
            Object[] all = invocation.getArguments();
            return all[0] + Arrays.stream(all, 1, all.length).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        });
        InMemorySoakPolicyStore policyStore = new InMemorySoakPolicyStore();
        policyStore.saveSiteDefault(SoakPolicy.ofHours(48));
        CachedSoakRecords records =
                new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), policyStore, overrideLog);
        SoakGate gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, records, fx.clock);
        CallerAccess access = new CallerAccess(issueManager, mock(ProjectManager.class), permissionManager,
                tx.authenticationContext, fx.lookup());
        SoakStatus status = new SoakStatus(gate, fx.lookup(), tx.texts(), fx.clock, access);
        fx.browsePostmortems(permissionManager);
        resource = new SoakResource(access, status,
                new SoakOverrides(status, gate, overrideLog, processEventLog, records, fx.clock));
        rest = new RestCalls(new UserMessages(i18n));
    }

    @Test
    void getAnswersTheStatusAsJson() throws Exception {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        loggedIn(member);

        Response response = rest.call(() -> resource.status("ACT-1"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = body(response);
        assertThat(body.get("issueKey").asText()).isEqualTo("ACT-1");
        assertThat(body.get("state").asText()).isEqualTo("SOAKING");
        assertThat(body.get("endsAt").asText()).isEqualTo("2026-11-27T00:00:00Z");
        assertThat(body.get("heldBy").asText()).isEqualTo("PM-1");
        assertThat(body.get("canOverride").asBoolean()).isFalse();
    }

    @Test
    void theStatusDoesNotNameAPostmortemTheCallerCannotBrowse() throws Exception {
        fx.postmortem("PM-1", null);
        fx.hide(fx.postmortem("SECRET-7", null));
        loggedIn(member);

        JsonNode body = body(rest.call(() -> resource.status("ACT-1")));

        assertThat(body.get("state").asText()).isEqualTo("AWAITING_DEBRIEF");
        assertThat(body.get("awaitingDebrief")).hasSize(2);
        assertThat(body.get("awaitingDebrief").get(0).asText()).isEqualTo("PM-1");
        assertThat(body.get("awaitingDebrief").get(1).asText()).isEqualTo("postmortem.jira.soak.hiddenPostmortems[1]");
        assertThat(body.toString()).doesNotContain("SECRET-7");
    }

    @Test
    void anUnknownKeyAndAKeyTheCallerCannotSeeGetTheSame404() throws Exception {
        loggedIn(member);

        Response unknown = rest.call(() -> resource.status("NOPE-1"));
        Response hidden = rest.call(() -> resource.status("SECRET-1"));
        Response hiddenOverride = rest.call(() -> resource.override("SECRET-1", "{\"reason\":\"x\"}"));

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(hiddenOverride.getStatus()).isEqualTo(404);
        assertThat(body(hidden)).isEqualTo(body(unknown));
        assertThat(body(unknown).get("errors").get(0).get("message").asText())
                .isEqualTo("postmortem.jira.soak.rest.notFound");
    }

    @Test
    void onlyProjectAdminsMayOverride() throws Exception {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        loggedIn(member);

        Response response = rest.call(() -> resource.override("ACT-1", "{\"reason\":\"Outage fix\"}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).get("errors").get(0).get("key").asText())
                .isEqualTo("postmortem.jira.soak.rest.forbidden");
        assertThat(overrideLog.all()).isEmpty();
        assertThat(processEventLog.all()).isEmpty();
    }

    @Test
    void anAdminOverrideIsRecordedAndAnswersTheNewStatus() throws Exception {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        loggedIn(admin);
        // The log keeps what is recorded, so the answer shows whether the override is read back (not a stale cache).

        Response response =
                rest.call(() -> resource.override("ACT-1", "{\"reason\":\"Outage fix\",\"client\":\"panel\"}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(overrideLog.historyFor(fx.action.getId())).singleElement()
                .satisfies(record -> assertThat(record.override().reason()).isEqualTo("Outage fix"));
        assertThat(processEventLog.all()).containsExactly(new ProcessEvent(ProcessEventType.OVERRIDE,
                fx.action.getId(), SoakFixture.PROJECT_ID, NOW, "JIRAUSER10000"));
        JsonNode answer = body(response);
        assertThat(answer.get("issueKey").asText()).isEqualTo("ACT-1");
        assertThat(answer.get("state").asText()).isEqualTo("OVERRIDDEN");
        assertThat(answer.get("committable").asBoolean()).isTrue();
        assertThat(answer.get("overrideReason").asText()).isEqualTo("Outage fix");
        assertThat(answer.get("overriddenBy").asText()).isEqualTo("Ada Admin");
        assertThat(answer.get("canOverride").asBoolean()).isFalse();
    }

    @Test
    void aMissingReasonIsA400WithATranslatedMessage() throws Exception {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        loggedIn(admin);

        Response response = rest.call(() -> resource.override("ACT-1", "{\"reason\":\"  \"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = body(response).get("errors").get(0);
        assertThat(error.get("message").asText()).isEqualTo("postmortem.jira.soak.override.reasonRequired");
        assertThat(error.get("field").asText()).isEqualTo("reason");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsA400() throws Exception {
        loggedIn(admin);

        for (String bad : new String[] {"reason=x", "[\"x\"]", "", "{\"reason\": "}) {
            Response response = rest.call(() -> resource.override("ACT-1", bad));
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(body(response).get("errors").get(0).get("key").asText()).isEqualTo(SoakResource.BAD_JSON_KEY);
        }
    }

    @Test
    void nothingToOverrideIsA409() throws Exception {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        loggedIn(admin);

        Response response = rest.call(() -> resource.override("ACT-1", "{\"reason\":\"why\"}"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).get("errors").get(0).get("message").asText())
                .isEqualTo("postmortem.jira.soak.override.notNeeded[ACT-1]");
    }

    @Test
    void aRefusedOverrideDoesNotNameAPostmortemTheAdminCannotBrowse() throws Exception {
        fx.hide(fx.linked("SECRET-7", "not a date", SoakFixture.LINK_TYPE_ID));
        loggedIn(admin);

        Response response = rest.call(() -> resource.override("ACT-1", "{\"reason\":\"why\"}"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).get("errors").get(0).get("message").asText()).isEqualTo(
                "postmortem.jira.soak.problem.debriefNotDate[Debrief held at, postmortem.jira.soak.hiddenPostmortems[1]]");
        assertThat(body(response).toString()).doesNotContain("SECRET-7");
    }

    @Test
    void neitherStatusNorARefusedOverrideShowTheIdOfALinkedIssueTheGateCannotRead() throws Exception {
        fx.unreadableLink(98765L);
        loggedIn(admin);

        Response override = rest.call(() -> resource.override("ACT-1", "{\"reason\":\"why\"}"));
        Response status = rest.call(() -> resource.status("ACT-1"));

        assertThat(override.getStatus()).isEqualTo(409);
        assertThat(body(override).get("errors").get(0).get("message").asText())
                .isEqualTo("postmortem.jira.soak.problem.postmortemUnavailable");
        assertThat(body(override).toString()).doesNotContain("98765");
        assertThat(body(status).toString()).contains("postmortem.jira.soak.problem.postmortemUnavailable")
                .doesNotContain("98765");
    }

    @Test
    void aRefusedOverrideNamesAPostmortemTheAdminMayBrowse() throws Exception {
        fx.linked("PM-1", "not a date", SoakFixture.LINK_TYPE_ID);
        loggedIn(admin);

        Response response = rest.call(() -> resource.override("ACT-1", "{\"reason\":\"why\"}"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).get("errors").get(0).get("message").asText())
                .isEqualTo("postmortem.jira.soak.problem.debriefNotDate[Debrief held at, PM-1]");
    }

    @Test
    void accessIsExplicitAndTheStateChangeAcceptsJsonOnly() throws Exception {
        assertThat(SoakResource.class.getAnnotation(Path.class).value()).isEqualTo("/soak");
        var get = SoakResource.class.getMethod("status", String.class);
        var post = SoakResource.class.getMethod("override", String.class, String.class);
        assertThat(get.isAnnotationPresent(GET.class)).isTrue();
        assertThat(get.isAnnotationPresent(AnonymousSiteAccess.class)).isTrue();
        assertThat(post.isAnnotationPresent(POST.class)).isTrue();
        assertThat(post.isAnnotationPresent(LicensedOnly.class)).isTrue();
        // Form encodings and text/plain (what a cross-site form can send) are not accepted: XSRF-safe.
        assertThat(post.getAnnotation(Consumes.class).value()).containsExactly(MediaType.APPLICATION_JSON);
        assertThat(Arrays.stream(post.getAnnotations()).map(a -> a.annotationType().getSimpleName()))
                .doesNotContain("XsrfProtectionExcluded");
    }

    @Test
    void thePanelScriptShowsTheTranslatedMessagesOfTheErrorBody() throws Exception {
        // The override form shows what the server answered: the script must read the ErrorBody shape.
        String script;
        try (var in = SoakResource.class.getResourceAsStream("/js/soak/soak-panel.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Arrays.stream(ErrorBody.class.getRecordComponents()).map(RecordComponent::getName))
                .contains("errors");
        assertThat(Arrays.stream(ErrorBody.Error.class.getRecordComponents()).map(RecordComponent::getName))
                .contains("message");
        assertThat(script).contains("body.errors").contains("error.message");
    }

    private void loggedIn(ApplicationUser user) {
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(user);
    }

    private static JsonNode body(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }

}
