package dev.postmortem.confluence.macro;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CachedCopyTest {

    @Test
    void survivesTheCacheAsAString() {
        CachedCopy copy = new CachedCopy(CachedCopy.Kind.OK, Instant.parse("2026-11-25T09:00:00.123Z"),
                "{\"a\":\"line\\nbreak\"}\nand a real newline");

        assertThat(CachedCopy.decode(copy.encode())).isEqualTo(copy);
        assertThat(CachedCopy.decode(new CachedCopy(CachedCopy.Kind.NOT_FOUND, Instant.EPOCH, null).encode()))
                .isEqualTo(new CachedCopy(CachedCopy.Kind.NOT_FOUND, Instant.EPOCH, ""));
    }

    @Test
    void treatsWhatItCannotReadAsAMiss() {
        assertThat(CachedCopy.decode(null)).isNull();
        assertThat(CachedCopy.decode("")).isNull();
        assertThat(CachedCopy.decode("OK\n123")).isNull();
        assertThat(CachedCopy.decode("GONE\n123\n{}")).isNull();
        assertThat(CachedCopy.decode("OK\nyesterday\n{}")).isNull();
    }

    @Test
    void keysSeparateViewersLinksAndIssues() {
        assertThat(SummaryCaches.key("alice", "jira-1", "INC-1"))
                .isNotEqualTo(SummaryCaches.key("bob", "jira-1", "INC-1"))
                .isNotEqualTo(SummaryCaches.key("alice", "jira-2", "INC-1"))
                .isNotEqualTo(SummaryCaches.key("alice", "jira-1", "INC-2"))
                .isNotEqualTo(SummaryCaches.key(null, "jira-1", "INC-1"));
        assertThat(SummaryCaches.key("", "jira-1", "INC-1")).isNotEqualTo(SummaryCaches.key(null, "jira-1", "INC-1"));
    }
}
