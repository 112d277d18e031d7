package dev.postmortem.core.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SoakGateRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aCommittableVerdictPassesWhateverTheSetting(boolean passWithoutPostmortem) {
        SoakGateRule rule = new SoakGateRule(passWithoutPostmortem);

        assertThat(rule.passes(new SoakVerdict.Committable())).isTrue();
        assertThat(rule.passes(new SoakVerdict.Overridden(new SoakOverride("hotfix", "admin", NOW)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void soakingOrAwaitingADebriefHoldsWhateverTheSetting(boolean passWithoutPostmortem) {
        SoakGateRule rule = new SoakGateRule(passWithoutPostmortem);

        assertThat(rule.passes(new SoakVerdict.Soaking(NOW, "PM-1"))).isFalse();
        assertThat(rule.passes(new SoakVerdict.AwaitingDebrief(List.of("PM-1")))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void withoutALinkedPostmortemTheSettingDecides(boolean passWithoutPostmortem) {
        assertThat(new SoakGateRule(passWithoutPostmortem).passes(new SoakVerdict.NoLinkedPostmortem()))
                .isEqualTo(passWithoutPostmortem);
    }
}
