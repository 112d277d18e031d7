package dev.postmortem.core.actions;

import dev.postmortem.core.InvalidInput;

import static dev.postmortem.core.InvalidInputs.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProportionalityCheckTest {

    private final ProportionalityCheck check = ProportionalityCheck.withDefaults();

    @ParameterizedTest
    @ValueSource(strings = {"sev1", "SEV2", " critical ", "low", "unheard-of"})
    void thirtySevenActionsForFiveMinutesIsHeavyWhateverTheSeverity(String severity) {
        Proportionality result = check.assess(Duration.ofMinutes(5), severity, 30, 7);

        assertThat(result.level()).isEqualTo(Proportionality.Level.HEAVY);
        assertThat(result.heavy()).isTrue();
        assertThat(result.messageKey()).isEqualTo("postmortem.actions.proportionality.heavy");
        assertThat(result.messageArgs()).containsExactly(37, 5L, 5);
    }

    @Test
    void aFewActionsAreAlwaysFineThanksToTheFloor() {
        assertThat(check.assess(Duration.ZERO, null, 5, 0).level()).isEqualTo(Proportionality.Level.OK);
        assertThat(check.assess(Duration.ZERO, null, 5, 1).level()).isEqualTo(Proportionality.Level.HEAVY);
    }

    @Test
    void theThresholdGrowsWithImpactAndSeverity() {
        // 4 hours of sev1 at 10 per hour: 40 actions are fine, 41 are heavy
        assertThat(check.assess(Duration.ofHours(4), "sev1", 20, 20).level()).isEqualTo(Proportionality.Level.OK);
        assertThat(check.assess(Duration.ofHours(4), "sev1", 21, 20))
                .isEqualTo(new Proportionality(Proportionality.Level.HEAVY, 41, 240, 40));
        // the same 4 hours at sev4 (2 per hour) expect 8
        assertThat(check.assess(Duration.ofHours(4), "sev4", 9, 0).threshold()).isEqualTo(8);
        assertThat(check.assess(Duration.ofHours(4), "sev4", 9, 0).heavy()).isTrue();
    }

    @Test
    void aStartedMinuteCountsAndTheThresholdRoundsUp() {
        // 91 seconds -> 2 minutes; 100 minutes at 4/hour -> 6.67 -> 7
        assertThat(check.assess(Duration.ofSeconds(91), "sev3", 1, 0).impactMinutes()).isEqualTo(2);
        assertThat(check.assess(Duration.ofMinutes(100), "sev3", 7, 0).level()).isEqualTo(Proportionality.Level.OK);
        assertThat(check.assess(Duration.ofMinutes(100), "sev3", 8, 0).level()).isEqualTo(Proportionality.Level.HEAVY);
    }

    @Test
    void okCarriesItsOwnMessage() {
        Proportionality ok = check.assess(Duration.ofMinutes(45), "sev2", 2, 1);
        assertThat(ok.messageKey()).isEqualTo("postmortem.actions.proportionality.ok");
        assertThat(ok.messageArgs()).containsExactly(3, 45L, 5);
    }

    @Test
    void thePolicyIsConfigurable() {
        ProportionalityPolicy strict = new ProportionalityPolicy(1, 0.5, Map.of("Sev1", 2.0));
        ProportionalityCheck custom = new ProportionalityCheck(strict);

        assertThat(custom.assess(Duration.ofHours(3), "SEV1", 6, 0).heavy()).isFalse();
        assertThat(custom.assess(Duration.ofHours(3), "SEV1", 7, 0).heavy()).isTrue();
        assertThat(custom.assess(Duration.ofHours(3), "other", 2, 0).heavy()).isFalse();
        assertThat(custom.assess(Duration.ofHours(3), "other", 3, 0).heavy()).isTrue();
        assertThat(new ProportionalityCheck(strict.withSeverity("other", 10)).assess(Duration.ofHours(3), "other", 30, 0)
                .heavy()).isFalse();
    }

    @Test
    void hugeImpactDoesNotOverflow() {
        Duration longest = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        assertThat(check.assess(longest, "sev1", Integer.MAX_VALUE - 1, 1).heavy()).isFalse();
        assertThat(check.assess(longest, "sev1", 1, 1).threshold()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void badInputIsRefusedWithMessageKeys() {
        assertThatThrownBy(() -> check.assess(Duration.ofMinutes(-1), "sev1", 1, 1))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.actions.proportionality.negativeImpact"));
        assertThatThrownBy(() -> check.assess(Duration.ofMinutes(1), "sev1", -1, 1))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.actions.proportionality.negativeCount"));
        assertThatThrownBy(() -> new ProportionalityPolicy(-1, 1, Map.of()))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.actions.proportionality.policy.negativeFloor"));
        assertThatThrownBy(() -> new ProportionalityPolicy(1, Double.NaN, Map.of()))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.actions.proportionality.policy.invalidRate"));
        assertThatThrownBy(() -> new ProportionalityPolicy(1, 1, Map.of("sev1", -2.0)))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.actions.proportionality.policy.invalidRate"));
    }
}
