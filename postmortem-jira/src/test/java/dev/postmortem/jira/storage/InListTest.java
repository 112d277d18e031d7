package dev.postmortem.jira.storage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class InListTest {

    private static List<Long> ids(long count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void noValuesIsNoChunk() {
        assertThat(InList.chunks("ISSUE_ID", List.of())).isEmpty();
    }

    @Test
    void aChunkHasOnePlaceholderPerValueAndItsValuesBeforeTheOtherParameters() {
        InList in = InList.chunks("ISSUE_ID", List.of(7L, 9L, 8L)).get(0);

        assertThat(in.condition()).isEqualTo("ISSUE_ID IN (?, ?, ?)");
        assertThat(in.params()).containsExactly(7L, 9L, 8L);
        assertThat(in.params("DEBRIEF_HELD", "SOAK_ENDED")).containsExactly(7L, 9L, 8L, "DEBRIEF_HELD", "SOAK_ENDED");
    }

    @Test
    void valuesAreSplitInOrderIntoChunksOfAtMostTheSize() {
        List<InList> full = InList.chunks("ISSUE_ID", ids(InList.SIZE));
        List<InList> oneMore = InList.chunks("ISSUE_ID", ids(InList.SIZE + 1L));

        assertThat(full).hasSize(1);
        assertThat(full.get(0).params()).hasSize(InList.SIZE);
        assertThat(oneMore).hasSize(2);
        assertThat(oneMore.get(0).params()).containsExactlyElementsOf(ids(InList.SIZE));
        assertThat(oneMore.get(1).params()).containsExactly((long) InList.SIZE + 1);
        assertThat(oneMore.get(1).condition()).isEqualTo("ISSUE_ID IN (?)");
    }
}
