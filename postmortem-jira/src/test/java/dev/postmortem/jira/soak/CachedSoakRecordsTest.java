package dev.postmortem.jira.soak;

import com.atlassian.cache.CacheSettings;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.SoakPolicyStore;
import dev.postmortem.testsupport.InMemoryCacheManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CachedSoakRecordsTest {

    private final SoakPolicyStore policyStore = mock(SoakPolicyStore.class);
    private final OverrideLog overrideLog = mock(OverrideLog.class);
    private final CachedSoakRecords records =
            new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), policyStore, overrideLog);

    @Test
    void readsEachPolicyOnceUntilItChanges() {
        when(policyStore.effectiveFor(7L)).thenReturn(SoakPolicy.ofHours(24), SoakPolicy.ofHours(72));

        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(24));
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(24));
        verify(policyStore, times(1)).effectiveFor(7L);

        records.policyChanged(7L);
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(72));
    }

    @Test
    void aSitePolicyChangeReloadsEveryProject() {
        when(policyStore.effectiveFor(7L)).thenReturn(SoakPolicy.ofHours(24));
        when(policyStore.effectiveFor(8L)).thenReturn(SoakPolicy.ofHours(24));
        records.policyFor(7L);
        records.policyFor(8L);

        records.sitePolicyChanged();
        records.policyFor(7L);
        records.policyFor(8L);

        verify(policyStore, times(2)).effectiveFor(7L);
        verify(policyStore, times(2)).effectiveFor(8L);
    }

    @Test
    void keepsOnlyUnrevokedOverridesOldestFirstAndReloadsAfterAWrite() {
        OverrideRecord newer = record(2, null);
        OverrideRecord revoked = record(3, NOW);
        OverrideRecord older = record(1, null);
        when(overrideLog.historyFor(5L)).thenReturn(List.of(newer, revoked, older), List.of());

        assertThat(records.overridesFor(5L)).containsExactly(older, newer);
        assertThat(records.overridesFor(5L)).containsExactly(older, newer);
        verify(overrideLog, times(1)).historyFor(5L);

        records.overridesChanged(5L);
        assertThat(records.overridesFor(5L)).isEmpty();
    }

    @Test
    void onceWarmTheConditionQueriesNoStoreAndLooksUpLinksOncePerEvaluation() {
        SoakFixture fx = new SoakFixture();
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        when(policyStore.effectiveFor(SoakFixture.PROJECT_ID)).thenReturn(SoakPolicy.ofHours(48));
        when(overrideLog.historyFor(fx.action.getId())).thenReturn(List.of());
        SoakGate gate = new SoakGate(fx.issueLinkManager, fx.issueLinkTypeManager, fx.debriefField, records, fx.clock);
        SoakCondition condition = new SoakCondition(gate);

        for (int i = 0; i < 100; i++) {
            assertThat(condition.passesCondition(Map.of("issue", fx.action), SoakFixture.projectPolicyArgs(), null))
                    .isFalse();
        }

        verify(fx.issueLinkManager, times(100)).getInwardLinks(fx.action.getId());
        verify(policyStore, times(1)).effectiveFor(SoakFixture.PROJECT_ID);
        verify(overrideLog, times(1)).historyFor(fx.action.getId());
    }

    private static OverrideRecord record(long id, Instant revokedAt) {
        return new OverrideRecord(id, 5L, 9L, new SoakOverride("why", "admin", NOW.minusSeconds(id)), null, revokedAt,
                revokedAt == null ? null : "admin");
    }

}
