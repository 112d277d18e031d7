package dev.postmortem.jira.narrative;

import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.storage.InMemoryNarrativeTextIndex;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class NarrativeSearchTextTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30Z");

    private InMemoryNarrativeTextIndex index;
    private NarrativeSearchText searchText;

    @BeforeEach
    void setUp() {
        index = new InMemoryNarrativeTextIndex();
        searchText = new NarrativeSearchText(index, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aStoredNarrativeIsIndexedAsTheCoresPlainTextNotAsJson() {
        String plain = NarrativeText.plainText(NarrativeFixtures.rich());

        assertThat(searchText.stored(30001L, NarrativeFixtures.richJson())).isTrue();

        assertThat(index.textOf(30001L)).isEqualTo(NarrativeTextIndex.searchable(plain));
        assertThat(index.writtenAt(30001L)).isEqualTo(NOW);
        assertThat(plain).doesNotContain("whyItMadeSense").doesNotContain("{");
    }

    @Test
    void whetherSomethingWasWrittenIsTheTablesAnswer() {
        // The table compares with what it holds; an unchanged text is not written (see the storage contract test).
        Instant earlier = NOW.minusSeconds(3600);
        index.put(30001L, NarrativeText.plainText(NarrativeFixtures.rich()), earlier);

        assertThat(searchText.stored(30001L, NarrativeFixtures.richJson())).isFalse();
        assertThat(index.writtenAt(30001L)).isEqualTo(earlier);
    }

    @Test
    void aClearedNarrativeRemovesItsText() {
        index.put(30001L, "failover", NOW);

        assertThat(searchText.stored(30001L, null)).isTrue();
        assertThat(index.textOf(30001L)).isNull();
        assertThat(searchText.stored(30001L, "  ")).isFalse();
        assertThat(index.textOf(30001L)).isNull();
    }

    @Test
    void aDeletedIssueLosesItsText() {
        index.put(30001L, "failover", NOW);

        assertThat(searchText.deleted(30001L)).isTrue();

        assertThat(index.textOf(30001L)).isNull();
    }

    @Test
    void aValueThatNoLongerReadsIsIndexedAsItIs() {
        searchText.stored(30001L, "{ not a narrative: failover");

        assertThat(index.textOf(30001L)).isEqualTo("{ not a narrative: failover");
        assertThat(index.matching(List.of("failover"), 10)).containsExactly(30001L);
    }

    @Test
    void aTableFailureReachesTheCallerWhichLogsIt() {
        // A mock: the test injects a table that cannot be written.
        NarrativeTextIndex failing = mock(NarrativeTextIndex.class);
        when(failing.put(anyLong(), anyString(), any())).thenThrow(new IllegalStateException("database down"));
        NarrativeSearchText searchText = new NarrativeSearchText(failing, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> searchText.stored(30001L, NarrativeFixtures.richJson()))
                .isInstanceOf(IllegalStateException.class);
    }
}
