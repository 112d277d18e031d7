package dev.postmortem.jira.soak;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.jira.storage.InMemorySettingsChangeLog;
import dev.postmortem.jira.storage.SettingsChange;
import dev.postmortem.jira.storage.SoakPolicyStore;
import dev.postmortem.jira.summary.PostmortemScenario;
import dev.postmortem.testsupport.MutableClock;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class SoakPolicyResourceTest {

    private final PostmortemScenario jira = new PostmortemScenario();
    private final MemoryPolicies policies = new MemoryPolicies();
    private final InMemorySettingsChangeLog changes = new InMemorySettingsChangeLog();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final SoakPolicyResource resource = new SoakPolicyResource(jira.access, policies, changes, clock);
    private Project ops;

    /** The store as a map: what was saved is what is read back. */
    private static final class MemoryPolicies implements SoakPolicyStore {
        final Map<Long, SoakPolicy> projects = new HashMap<>();
        SoakPolicy site;

        @Override
        public Optional<SoakPolicy> siteDefault() {
            return Optional.ofNullable(site);
        }

        @Override
        public void saveSiteDefault(SoakPolicy policy) {
            site = policy;
        }

        @Override
        public Optional<SoakPolicy> forProject(long projectId) {
            return Optional.ofNullable(projects.get(projectId));
        }

        @Override
        public void saveForProject(long projectId, SoakPolicy policy) {
            projects.put(projectId, policy);
        }

        @Override
        public boolean removeForProject(long projectId) {
            return projects.remove(projectId) != null;
        }
    }

    @BeforeEach
    void setUp() {
        ops = jira.project(10000L, "OPS");
        when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, jira.caller))
                .thenReturn(true);
    }

    private void callerAdministers(boolean admin) {
        when(jira.permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, ops, jira.caller))
                .thenReturn(admin);
    }

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    @Test
    void theSiteDefaultAppliesUntilTheProjectHasItsOwn() throws Exception {
        policies.site = SoakPolicy.ofHours(72);

        JsonNode body = json(jira.rest.call(() -> resource.read("OPS")));

        assertThat(body.get("projectPolicy").asBoolean()).isFalse();
        assertThat(body.at("/policy/kind").asText()).isEqualTo("HOURS");
        assertThat(body.at("/policy/hours").asLong()).isEqualTo(72);
    }

    @Test
    void readingShowsTheEffectivePolicyAndWhetherItIsTheProjectsOwn() throws Exception {
        Response response = jira.rest.call(() -> resource.read("OPS"));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("projectKey").asText()).isEqualTo("OPS");
        assertThat(body.get("projectPolicy").asBoolean()).isFalse();
        assertThat(body.at("/policy/kind").asText()).isEqualTo("BUSINESS_DAYS");
        assertThat(body.at("/policy/days").asInt()).isEqualTo(2);
        assertThat(body.at("/policy/zone").asText()).isEqualTo("Z");
        assertThat(body.at("/policy/workingDays")).hasSize(5);
    }

    @Test
    void aProjectTheCallerCannotSeeIsNotFoundLikeAnUnknownOne() throws Exception {
        when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, jira.caller))
                .thenReturn(false);

        Response hidden = jira.rest.call(() -> resource.read("OPS"));
        Response unknown = jira.rest.call(() -> resource.read("NOPE"));

        assertThat(hidden.getStatus()).isEqualTo(404).isEqualTo(unknown.getStatus());
        assertThat(json(hidden).at("/errors/0/key").asText()).isEqualTo(json(unknown).at("/errors/0/key").asText());
        assertThat(json(hidden).at("/errors/0/message").asText())
                .isEqualTo("There is no project OPS, or you do not have permission to see it.");
    }

    @Test
    void onlyProjectAdministratorsMayChangeIt() throws Exception {
        callerAdministers(false);

        Response response = jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"HOURS\", \"hours\": 24}"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(json(response).at("/errors/0/message").asText())
                .isEqualTo("Only administrators of project OPS can change its soak policy.");
        assertThat(policies.projects).isEmpty();
        assertThat(changes.all()).isEmpty();
    }

    @Test
    void anAdministratorSetsABusinessDayPolicy() throws Exception {
        callerAdministers(true);
        SoakPolicy expected = SoakPolicy.ofBusinessDays(3, new WorkingCalendar(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                ZoneId.of("Europe/Berlin"), Set.of(LocalDate.parse("2026-12-24"))));

        Response response = jira.rest.call(() -> resource.update("OPS", """
                {"kind": "BUSINESS_DAYS", "days": 3, "zone": "Europe/Berlin",
                 "workingDays": ["MONDAY", "tuesday", "WEDNESDAY", "THURSDAY"], "holidays": ["2026-12-24"]}
                """));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(policies.projects).containsExactly(Map.entry(10000L, expected));
        JsonNode body = json(response);
        assertThat(body.get("projectPolicy").asBoolean()).isTrue();
        assertThat(body.at("/policy/zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(body.at("/policy/holidays/0").asText()).isEqualTo("2026-12-24");
    }

    @Test
    void anAdministratorSetsAnHourPolicy() throws Exception {
        callerAdministers(true);

        Response response = jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"hours\", \"hours\": 48}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(policies.projects).containsExactly(Map.entry(10000L, SoakPolicy.ofHours(48)));
    }

    @Test
    void aChangeThroughRestIsAuditedLikeOneOnTheSettingsPageAndTheSamePolicyAgainIsNot() throws Exception {
        callerAdministers(true);

        jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"HOURS\", \"hours\": 48}"));
        jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"HOURS\", \"hours\": 48}"));

        assertThat(changes.all()).containsExactly(new SettingsChange(10000L, "JIRAUSER10500",
                Instant.parse("2026-12-03T10:00:00Z"), SettingsChange.Setting.SOAK_POLICY, "", "HOURS 48"));
    }

    @Test
    void hoursGoUpTo366DaysAsInAWorkflowCondition() throws Exception {
        callerAdministers(true);

        assertThat(jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"HOURS\", \"hours\": 8784}")).getStatus()).isEqualTo(200);
        Response tooLong = jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"HOURS\", \"hours\": 8785}"));

        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(json(tooLong).at("/errors/0/message").asText()).isEqualTo("Enter a whole number from 0 to 8,784.");
        assertThat(policies.projects).containsExactly(Map.entry(10000L, SoakPolicy.ofHours(8784)));
    }

    @Test
    void everyProblemOfABadPolicyIsReportedWithItsFieldAndNothingIsSaved() throws Exception {
        callerAdministers(true);

        Response response = jira.rest.call(() -> resource.update("OPS", """
                {"kind": "BUSINESS_DAYS", "days": 400, "zone": "Mars/Olympus", "workingDays": ["FUNDAY"]}
                """));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.findValuesAsText("field")).containsExactly("days", "zone", "workingDays");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("Enter a whole number from 0 to 366.");
        assertThat(errors.get(1).get("message").asText()).startsWith("\u201cMars/Olympus\u201d is not a time zone.");
        assertThat(policies.projects).isEmpty();
    }

    @Test
    void aRuleOnlyTheCoreKnowsIsReportedInTheCoresWords() throws Exception {
        callerAdministers(true);

        Response response = jira.rest.call(
                () -> resource.update("OPS", "{\"kind\": \"BUSINESS_DAYS\", \"days\": 2, \"workingDays\": []}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/key").asText()).isEqualTo("postmortem.soak.calendar.noWorkingDays");
        assertThat(json(response).at("/errors/0/message").asText())
                .isEqualTo("A working calendar needs at least one working day.");
        assertThat(policies.projects).isEmpty();
    }

    @Test
    void anUnknownKindIsRefused() throws Exception {
        callerAdministers(true);

        Response response = jira.rest.call(() -> resource.update("OPS", "{\"kind\": \"FOREVER\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/field").asText()).isEqualTo("kind");
    }
}
