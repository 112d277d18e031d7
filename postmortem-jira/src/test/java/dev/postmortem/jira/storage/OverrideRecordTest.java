package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.PostmortemOverride;
import dev.postmortem.core.soak.SoakOverride;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OverrideRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final SoakOverride OVERRIDE = new SoakOverride("hotfix", "JIRAUSER10000", NOW.minusSeconds(600));

    @Test
    void handsTheCoreThePostmortemTheRecordIdAndTheLifeCycle() {
        OverrideRecord record = new OverrideRecord(7, 100, 200, OVERRIDE, NOW.plusSeconds(60), NOW.minusSeconds(5),
                "JIRAUSER10001");

        assertThat(record.forPostmortem())
                .isEqualTo(new PostmortemOverride(200, 7, OVERRIDE, NOW.plusSeconds(60), NOW.minusSeconds(5)));
    }
}
