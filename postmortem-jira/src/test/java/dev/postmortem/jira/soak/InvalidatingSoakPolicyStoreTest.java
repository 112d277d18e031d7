package dev.postmortem.jira.soak;

import com.atlassian.cache.CacheSettings;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.SoakPolicyStore;
import dev.postmortem.testsupport.InMemoryCacheManager;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class InvalidatingSoakPolicyStoreTest {

    private final SoakPolicyStore store = mock(SoakPolicyStore.class);
    private final CachedSoakRecords records =
            new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), store, mock(OverrideLog.class));
    private final InvalidatingSoakPolicyStore writer = new InvalidatingSoakPolicyStore(store, records);

    @Test
    void aProjectPolicyWrittenThroughItIsEnforcedAtOnce() {
        when(store.effectiveFor(7L)).thenReturn(SoakPolicy.ofHours(24), SoakPolicy.ofHours(72), SoakPolicy.DEFAULT);
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(24));

        writer.saveForProject(7L, SoakPolicy.ofHours(72));
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(72));

        writer.removeForProject(7L);
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.DEFAULT);
    }

    @Test
    void aSiteDefaultWrittenThroughItReachesEveryProject() {
        when(store.effectiveFor(7L)).thenReturn(SoakPolicy.ofHours(24), SoakPolicy.ofHours(12));
        records.policyFor(7L);

        writer.saveSiteDefault(SoakPolicy.ofHours(12));

        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(12));
    }

    @Test
    void readsPassThroughAndAFailedWriteStillInvalidates() {
        when(store.forProject(7L)).thenReturn(Optional.of(SoakPolicy.ofHours(5)));
        assertThat(writer.forProject(7L)).contains(SoakPolicy.ofHours(5));
        when(store.effectiveFor(7L)).thenReturn(SoakPolicy.ofHours(24), SoakPolicy.ofHours(48));
        records.policyFor(7L);
        doThrow(new IllegalStateException("database down")).when(store).saveForProject(7L, SoakPolicy.ofHours(48));

        assertThatThrownBy(() -> writer.saveForProject(7L, SoakPolicy.ofHours(48)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(48));
    }
}
