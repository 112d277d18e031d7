package dev.postmortem.core.actions;

import dev.postmortem.core.InvalidInput;

import static dev.postmortem.core.InvalidInputs.refused;
import static dev.postmortem.core.actions.ActionState.COMMITTED;
import static dev.postmortem.core.actions.ActionState.DONE;
import static dev.postmortem.core.actions.ActionState.NOT_DOING;
import static dev.postmortem.core.actions.ActionState.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionCountsTest {

    @Test
    void countsEveryState() {
        ActionCounts counts = ActionCounts.of(List.of(PROPOSED, DONE, COMMITTED, PROPOSED, NOT_DOING, DONE, DONE));

        assertThat(counts).isEqualTo(new ActionCounts(2, 1, 1, 3));
        assertThat(counts.of(PROPOSED)).isEqualTo(2);
        assertThat(counts.of(COMMITTED)).isEqualTo(1);
        assertThat(counts.of(NOT_DOING)).isEqualTo(1);
        assertThat(counts.of(DONE)).isEqualTo(3);
    }

    @Test
    void onlyProposedAndCommittedAreOpen() {
        assertThat(ActionCounts.of(List.of(PROPOSED, COMMITTED, COMMITTED)).open()).isEqualTo(3);
        assertThat(ActionCounts.of(List.of(DONE, NOT_DOING, DONE)).open()).isZero();
    }

    @Test
    void noActionsCountNothing() {
        assertThat(ActionCounts.of(List.of())).isEqualTo(ActionCounts.NONE);
        assertThat(ActionCounts.NONE.open()).isZero();
    }

    @Test
    void doneAndDroppedActionsDoNotMakeAListHeavy() {
        ProportionalityCheck check = ProportionalityCheck.withDefaults();
        // 5 minutes: the floor of 5 open actions. Forty finished or dropped ones change nothing.
        List<ActionState> states = new java.util.ArrayList<>(Collections.nCopies(5, PROPOSED));
        states.addAll(Collections.nCopies(20, DONE));
        states.addAll(Collections.nCopies(20, NOT_DOING));

        Proportionality fine = check.assess(Duration.ofMinutes(5), "sev1", ActionCounts.of(states));
        states.add(COMMITTED);
        Proportionality heavy = check.assess(Duration.ofMinutes(5), "sev1", ActionCounts.of(states));

        assertThat(fine.heavy()).isFalse();
        assertThat(fine.actions()).isEqualTo(5);
        assertThat(heavy.heavy()).isTrue();
        assertThat(heavy.actions()).isEqualTo(6);
        assertThat(check.assess(Duration.ofMinutes(5), "sev1", ActionCounts.of(states)))
                .isEqualTo(check.assess(Duration.ofMinutes(5), "sev1", 5, 1));
    }

    @Test
    void aMissingStateOrANegativeCountIsRefused() {
        assertThatThrownBy(() -> ActionCounts.of(Arrays.asList(PROPOSED, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ActionCounts(0, -1, 0, 0))
                .isInstanceOfSatisfying(InvalidInput.class, refused("postmortem.actions.proportionality.negativeCount"));
    }
}
