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
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.storage.SoakPolicyStore;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SoakOverridesTest {

    private final SoakFixture fx = new SoakFixture();
    private final OverrideLog overrideLog = mock(OverrideLog.class);
    private final ProcessEventLog processEventLog = mock(ProcessEventLog.class);
    private final SoakPolicyStore policyStore = mock(SoakPolicyStore.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private CachedSoakRecords cached;
    private SoakOverrides overrides;

    @BeforeEach
    void setUp() {
        when(admin.getKey()).thenReturn("JIRAUSER10000");
        when(policyStore.effectiveFor(SoakFixture.PROJECT_ID)).thenReturn(SoakPolicy.ofHours(48));
        cached = new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), policyStore, overrideLog);
        SoakGate gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, cached, fx.clock);
        TextsFixture tx = new TextsFixture();
        SoakStatus status = new SoakStatus(gate, fx.lookup(), tx.texts(), fx.clock, new CallerAccess(
                mock(IssueManager.class), mock(ProjectManager.class), mock(PermissionManager.class),
                tx.authenticationContext, fx.lookup()));
        overrides = new SoakOverrides(status, gate, overrideLog, processEventLog, cached, fx.clock);
    }

    @Test
    void recordsOneOverridePerLinkedPostmortemAndAnAuditEventAndTheGateHonoursIt() {
        Issue pm1 = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        Issue pm2 = fx.postmortem("PM-2", null);
        when(overrideLog.historyFor(fx.action.getId())).thenReturn(List.of());
        SoakGate gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, cached, fx.clock);
        assertThat(gate.decide(fx.action, SoakFixture.projectPolicyArgs()).passes()).isFalse();

        assertThat(overrides.override(fx.action, admin, "  Hotfix for a customer outage  ")).isEmpty();

        SoakOverride expected = new SoakOverride("Hotfix for a customer outage", "JIRAUSER10000", NOW);
        verify(overrideLog).record(fx.action.getId(), pm1.getId(), expected, null);
        verify(overrideLog).record(fx.action.getId(), pm2.getId(), expected, null);
        verify(processEventLog).append(new ProcessEvent(ProcessEventType.OVERRIDE, fx.action.getId(),
                SoakFixture.PROJECT_ID, NOW, "JIRAUSER10000"));

        // The cache was invalidated: the next evaluation reads the new overrides and passes.
        long actionId = fx.action.getId();
        List<OverrideRecord> written = List.of(
                new OverrideRecord(1, actionId, pm1.getId(), expected, null, null, null),
                new OverrideRecord(2, actionId, pm2.getId(), expected, null, null, null));
        when(overrideLog.historyFor(actionId)).thenReturn(written);
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
        verifyNoInteractions(overrideLog, processEventLog);
    }

    @Test
    void aReasonWithAControlCharacterOrABrokenCharacterIsRefusedAndNothingIsStored() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));

        for (String reason : List.of("Hotfix\u0000 approved", "Hotfix \u001b[31m", "Half \ud83d of a smile",
                "Nonchar \ufdd0")) {
            assertThat(refusal(overrides.override(fx.action, admin, reason))).as(reason).isEqualTo(
                    new SoakOverrides.InvalidReason(GateProblem.of("postmortem.jira.soak.override.reasonInvalidCharacter")));
        }
        verify(overrideLog, never()).record(anyLong(), anyLong(), any(), any());
        assertThat(overrides.override(fx.action, admin, "Line one\nline two\twith a tab"))
                .as("line breaks and tabs are text").isEmpty();
    }

    @Test
    void thereIsNothingToOverrideOnACommittableActionOrOneWithoutPostmortem() {
        assertThat(refusal(overrides.override(fx.action, admin, "why"))).isInstanceOf(SoakOverrides.NothingToOverride.class);

        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        when(overrideLog.historyFor(anyLong())).thenReturn(List.of());
        assertThat(refusal(overrides.override(fx.action, admin, "why"))).isEqualTo(new SoakOverrides.NothingToOverride(
                GateProblem.of("postmortem.jira.soak.override.notNeeded", "ACT-1")));
        verify(overrideLog, never()).record(anyLong(), anyLong(), any(), any());
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
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        when(overrideLog.historyFor(fx.action.getId())).thenReturn(List.of());
        cached.overridesFor(fx.action.getId());
        when(overrideLog.record(eq(fx.action.getId()), anyLong(), any(), isNull()))
                .thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> overrides.override(fx.action, admin, "why")).isInstanceOf(IllegalStateException.class);
        cached.overridesFor(fx.action.getId());

        // Read once before (then cached, also for the override's own check), once more after the invalidation.
        verify(overrideLog, times(2)).historyFor(fx.action.getId());
    }

    private static SoakOverrides.Refusal refusal(Optional<SoakOverrides.Refusal> refusal) {
        assertThat(refusal).isPresent();
        return refusal.get();
    }
}
