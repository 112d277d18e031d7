package dev.postmortem.jira.narrative;

import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class NarrativeSearchTextTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30Z");

    private NarrativeTextIndex index;
    private NarrativeSearchText searchText;

    @BeforeEach
    void setUp() {
        index = mock(NarrativeTextIndex.class);
        searchText = new NarrativeSearchText(index, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aStoredNarrativeIsIndexedAsTheCoresPlainTextNotAsJson() {
        String plain = NarrativeText.plainText(NarrativeFixtures.rich());
        when(index.put(30001L, plain, NOW)).thenReturn(true);

        assertThat(searchText.stored(30001L, NarrativeFixtures.richJson())).isTrue();

        verify(index).put(30001L, plain, NOW);
        assertThat(plain).doesNotContain("whyItMadeSense").doesNotContain("{");
    }

    @Test
    void whetherSomethingWasWrittenIsTheTablesAnswer() {
        // The table compares with what it holds; an unchanged text is not written (see the storage contract test).
        when(index.put(anyLong(), anyString(), any())).thenReturn(false);

        assertThat(searchText.stored(30001L, NarrativeFixtures.richJson())).isFalse();
    }

    @Test
    void aClearedNarrativeRemovesItsText() {
        when(index.remove(30001L)).thenReturn(true, false);

        assertThat(searchText.stored(30001L, null)).isTrue();
        assertThat(searchText.stored(30001L, "  ")).isFalse();

        verify(index, times(2)).remove(30001L);
    }

    @Test
    void aDeletedIssueLosesItsText() {
        searchText.deleted(30001L);

        verify(index).remove(30001L);
    }

    @Test
    void aValueThatNoLongerReadsIsIndexedAsItIs() {
        searchText.stored(30001L, "{ not a narrative: failover");

        verify(index).put(30001L, "{ not a narrative: failover", NOW);
    }

    @Test
    void aTableFailureReachesTheCallerWhichLogsIt() {
        when(index.put(anyLong(), anyString(), any())).thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> searchText.stored(30001L, NarrativeFixtures.richJson()))
                .isInstanceOf(IllegalStateException.class);
    }
}
