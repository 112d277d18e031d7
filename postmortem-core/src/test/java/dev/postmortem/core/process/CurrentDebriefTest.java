package dev.postmortem.core.process;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.postmortem.core.process.ProcessStep.Kind.ACTION_COMMITTED;
import static dev.postmortem.core.process.ProcessStep.Kind.DEBRIEF_CLEARED;
import static dev.postmortem.core.process.ProcessStep.Kind.DEBRIEF_HELD;
import static dev.postmortem.core.process.ProcessStep.Kind.SOAK_ENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentDebriefTest {

    private static List<ProcessStep.Kind> kinds(ProcessStep.Kind... kinds) {
        return Arrays.asList(kinds);
    }

    private static Optional<CurrentDebrief> in(List<ProcessStep.Kind> recordOrder) {
        return CurrentDebrief.in(recordOrder, Function.identity());
    }

    @Test
    void nothingOrOnlyCommitsIsNoCurrentDebrief() {
        assertThat(in(kinds())).isEmpty();
        assertThat(in(kinds(ACTION_COMMITTED, SOAK_ENDED))).isEmpty();
    }

    @Test
    void theLatestRecordedHeldIsCurrentAndTheFirstSoakEndAfterItIsItsEnd() {
        assertThat(in(kinds(DEBRIEF_HELD, SOAK_ENDED, DEBRIEF_HELD, ACTION_COMMITTED, SOAK_ENDED, SOAK_ENDED)))
                .contains(new CurrentDebrief(2, 4));
    }

    @Test
    void aClearRecordedAfterTheHeldLeavesNoCurrentDebrief() {
        assertThat(in(kinds(DEBRIEF_HELD, SOAK_ENDED, DEBRIEF_CLEARED))).isEmpty();
        assertThat(in(kinds(DEBRIEF_HELD, DEBRIEF_CLEARED, SOAK_ENDED))).isEmpty();
    }

    @Test
    void heldAgainAfterAClearIsCurrentWithoutTheEarlierSoakEnd() {
        CurrentDebrief current = in(kinds(DEBRIEF_HELD, SOAK_ENDED, DEBRIEF_CLEARED, DEBRIEF_HELD)).orElseThrow();

        assertThat(current).isEqualTo(new CurrentDebrief(3, -1));
        assertThat(current.soakEnded()).isFalse();
    }

    @Test
    void stepsOfNoProcessKindArePassedOver() {
        CurrentDebrief current = in(kinds(null, DEBRIEF_HELD, null, SOAK_ENDED)).orElseThrow();

        assertThat(current).isEqualTo(new CurrentDebrief(1, 3));
        assertThat(current.soakEnded()).isTrue();
    }

    @Test
    void aSoakEndMustComeAfterTheDebrief() {
        assertThatThrownBy(() -> new CurrentDebrief(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurrentDebrief(2, -2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurrentDebrief(-1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
