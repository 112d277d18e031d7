package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.Issue;
import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class NarrativeSearchTextTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30Z");

    private NarrativeTextIndex index;
    private NarrativeSearchText searchText;
    private Issue issue;

    @BeforeEach
    void setUp() {
        index = mock(NarrativeTextIndex.class);
        searchText = new NarrativeSearchText(index, Clock.fixed(NOW, ZoneOffset.UTC));
        issue = mock(Issue.class);
        when(issue.getId()).thenReturn(30001L);
    }

    @Test
    void aStoredNarrativeIsIndexedAsTheCoresPlainTextNotAsJson() {
        searchText.stored(issue, NarrativeFixtures.richJson());

        String plain = NarrativeText.plainText(NarrativeFixtures.rich());
        verify(index).put(30001L, plain, NOW);
        assertThat(plain).doesNotContain("whyItMadeSense").doesNotContain("{");
    }

    @Test
    void aClearedNarrativeRemovesItsText() {
        searchText.stored(issue, null);
        searchText.stored(issue, "  ");

        verify(index, times(2)).remove(30001L);
    }

    @Test
    void aValueThatNoLongerReadsIsIndexedAsItIs() {
        searchText.stored(issue, "{ not a narrative: failover");

        verify(index).put(30001L, "{ not a narrative: failover", NOW);
    }

    @Test
    void anIssueWithoutIdIsLeftAlone() {
        Issue notYetCreated = mock(Issue.class);
        when(notYetCreated.getId()).thenReturn(null);

        searchText.stored(notYetCreated, NarrativeFixtures.richJson());
        searchText.stored(null, NarrativeFixtures.richJson());

        verifyNoInteractions(index);
    }

    @Test
    void aStoreFailureNeverFailsTheSave() {
        doThrow(new IllegalStateException("database down")).when(index).put(anyLong(), anyString(), any());
        doThrow(new IllegalStateException("database down")).when(index).remove(anyLong());

        assertThatCode(() -> {
            searchText.stored(issue, NarrativeFixtures.richJson());
            searchText.stored(issue, NarrativeFixtures.richJson());
            searchText.stored(issue, null);
        }).doesNotThrowAnyException();
    }
}
