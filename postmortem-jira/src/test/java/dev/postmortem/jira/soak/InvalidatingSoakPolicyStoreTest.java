package dev.postmortem.jira.soak;

import com.atlassian.cache.CacheSettings;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.InMemoryOverrideLog;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
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

    private final InMemorySoakPolicyStore store = new InMemorySoakPolicyStore();
    private final CachedSoakRecords records = records(store);
    private final InvalidatingSoakPolicyStore writer = new InvalidatingSoakPolicyStore(store, records);

    private static CachedSoakRecords records(SoakPolicyStore store) {
        return new CachedSoakRecords(new InMemoryCacheManager(), mock(CacheSettings.class), store,
                new InMemoryOverrideLog());
    }

    @Test
    void aProjectPolicyWrittenThroughItIsEnforcedAtOnce() {
        store.saveForProject(7L, SoakPolicy.ofHours(24));
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(24));

        writer.saveForProject(7L, SoakPolicy.ofHours(72));
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(72));

        writer.removeForProject(7L);
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.DEFAULT);
    }

    @Test
    void aSiteDefaultWrittenThroughItReachesEveryProject() {
        store.saveSiteDefault(SoakPolicy.ofHours(24));
        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(24));

        writer.saveSiteDefault(SoakPolicy.ofHours(12));

        assertThat(records.policyFor(7L)).isEqualTo(SoakPolicy.ofHours(12));
    }

    @Test
    void readsPassThroughAndAFailedWriteStillInvalidates() {
        // A failure is injected: the write reaches the database but reports an error.
        SoakPolicyStore store = mock(SoakPolicyStore.class);
        CachedSoakRecords records = records(store);
        InvalidatingSoakPolicyStore writer = new InvalidatingSoakPolicyStore(store, records);
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
