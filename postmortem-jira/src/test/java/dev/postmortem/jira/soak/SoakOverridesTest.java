package dev.postmortem.jira.soak;

import com.atlassian.cache.CacheSettings;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.storage.InMemoryOverrideLog;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.testsupport.InMemoryCacheManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SoakOverridesTest {

    private final SoakFixture fx = new SoakFixture();
    private final InMemoryOverrideLog overrideLog = new InMemoryOverrideLog();
    private final InMemoryProcessEventLog processEventLog = new InMemoryProcessEventLog();
    private final InMemorySoakPolicyStore policyStore = new InMemorySoakPolicyStore();
    private SoakGate gate;
    private SoakStatus status;
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private CachedSoakRecords cached;
    private SoakOverrides overrides;

    @BeforeEach
    void setUp() {
        when(admin.getKey()).thenReturn("JIRAUSER10000");
        policyStore.saveForProject(SoakFixture.PROJECT_ID, SoakPolicy.ofHours(48));
        cached = new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), policyStore, overrideLog);
        gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, cached, fx.clock);
        TextsFixture tx = new TextsFixture();
        status = new SoakStatus(gate, fx.lookup(), tx.texts(), fx.clock, new CallerAccess(
                mock(IssueManager.class), mock(ProjectManager.class), mock(PermissionManager.class),
                tx.authenticationContext, fx.lookup()));
        overrides = new SoakOverrides(status, gate, overrideLog, processEventLog, cached, fx.clock);
    }

    @Test
    void recordsOneOverridePerLinkedPostmortemAndAnAuditEventAndTheGateHonoursIt() {
        Issue pm1 = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        Issue pm2 = fx.postmortem("PM-2", null);
        SoakGate gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, cached, fx.clock);
        assertThat(gate.decide(fx.action, SoakFixture.projectPolicyArgs()).passes()).isFalse();

        assertThat(overrides.override(fx.action, admin, "  Hotfix for a customer outage  ")).isEmpty();

        SoakOverride expected = new SoakOverride("Hotfix for a customer outage", "JIRAUSER10000", NOW);
        long actionId = fx.action.getId();
        assertThat(overrideLog.historyFor(actionId)).containsExactly(
                new OverrideRecord(2, actionId, pm2.getId(), expected, null, null, null),
                new OverrideRecord(1, actionId, pm1.getId(), expected, null, null, null));
        assertThat(processEventLog.all()).containsExactly(new ProcessEvent(ProcessEventType.OVERRIDE, actionId,
                SoakFixture.PROJECT_ID, NOW, "JIRAUSER10000"));

        // The cache was invalidated: the next evaluation reads the new overrides and passes.
        assertThat(gate.decide(fx.action, SoakFixture.projectPolicyArgs()).passes()).isTrue();
    }

    @Test
    void aReasonIsRequiredAndBounded() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));

        assertThat(refusal(overrides.override(fx.action, admin, "   ")))
                .isEqualTo(new SoakOverrides.InvalidReason(GateProblem.of("postmortem.jira.soak.override.reasonRequired")));
        assertThat(refusal(overrides.override(fx.action, admin, null)))
                .isInstanceOf(SoakOverrides.InvalidReason.class);
        assertThat(refusal(overrides.override(fx.action, admin, "x".repeat(2001)))).isEqualTo(new SoakOverrides.InvalidReason(
                GateProblem.of("postmortem.jira.soak.override.reasonTooLong", 2000)));
        assertThat(overrideLog.all()).isEmpty();
        assertThat(processEventLog.all()).isEmpty();
    }

    @Test
    void aReasonWithAControlCharacterOrABrokenCharacterIsRefusedAndNothingIsStored() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));

        for (String reason : List.of("Hotfix\u0000 approved", "Hotfix \u001b[31m", "Half \ud83d of a smile",
                "Nonchar \ufdd0")) {
            assertThat(refusal(overrides.override(fx.action, admin, reason))).as(reason).isEqualTo(
                    new SoakOverrides.InvalidReason(GateProblem.of("postmortem.jira.soak.override.reasonInvalidCharacter")));
        }
        assertThat(overrideLog.all()).isEmpty();
        assertThat(overrides.override(fx.action, admin, "Line one\nline two\twith a tab"))
                .as("line breaks and tabs are text").isEmpty();
        assertThat(overrideLog.all()).extracting(record -> record.override().reason())
                .containsExactly("Line one\nline two\twith a tab");
    }

    @Test
    void thereIsNothingToOverrideOnACommittableActionOrOneWithoutPostmortem() {
        assertThat(refusal(overrides.override(fx.action, admin, "why"))).isInstanceOf(SoakOverrides.NothingToOverride.class);

        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        assertThat(refusal(overrides.override(fx.action, admin, "why"))).isEqualTo(new SoakOverrides.NothingToOverride(
                GateProblem.of("postmortem.jira.soak.override.notNeeded", "ACT-1")));
        assertThat(overrideLog.all()).isEmpty();
        assertThat(processEventLog.all()).isEmpty();
    }

    @Test
    void anOverrideCannotRepairABrokenGate() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.deleteDebriefField();

        assertThat(refusal(overrides.override(fx.action, admin, "why"))).isEqualTo(new SoakOverrides.NothingToOverride(
                GateProblem.of("postmortem.jira.soak.problem.debriefFieldMissing")));
    }

    @Test
    void theCacheIsInvalidatedEvenWhenTheWriteFails() {
        // A mock: the test injects a failing write and counts the reads behind the cache.
        OverrideLog failing = mock(OverrideLog.class);
        CachedSoakRecords cached =
                new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), policyStore, failing);
        SoakGate gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, cached, fx.clock);
        SoakOverrides overrides = new SoakOverrides(status, gate, failing, processEventLog, cached, fx.clock);
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        when(failing.historyFor(fx.action.getId())).thenReturn(List.of());
        cached.overridesFor(fx.action.getId());
        when(failing.record(eq(fx.action.getId()), anyLong(), any(), isNull()))
                .thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> overrides.override(fx.action, admin, "why")).isInstanceOf(IllegalStateException.class);
        cached.overridesFor(fx.action.getId());

        // Read once before (then cached, also for the override's own check), once more after the invalidation.
        verify(failing, times(2)).historyFor(fx.action.getId());
    }

    private static SoakOverrides.Refusal refusal(Optional<SoakOverrides.Refusal> refusal) {
        assertThat(refusal).isPresent();
        return refusal.get();
    }
}
