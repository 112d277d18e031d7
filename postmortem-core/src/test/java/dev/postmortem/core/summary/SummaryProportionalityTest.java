package dev.postmortem.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.actions.ProportionalityCheck;
import dev.postmortem.core.narrative.Impact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryProportionalityTest {

    private static final Instant START = Instant.parse("2026-11-24T09:12:00Z");
    private static final ProportionalityCheck CHECK = ProportionalityCheck.withDefaults();

    private static Impact impact(Duration duration, String severity) {
        return new Impact(START, START.plus(duration), null, severity, "");
    }

    private static List<SummaryAction> actions(ActionState... states) {
        List<SummaryAction> actions = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            actions.add(new SummaryAction("ACT-" + (i + 1), "action " + (i + 1), states[i], "Status", null));
        }
        return actions;
    }

    @Test
    void countsProposedAndCommittedAndWeighsOnlyThose() {
        SummaryProportionality signal = SummaryProportionality.assess(impact(Duration.ofMinutes(47), "SEV-2"),
                actions(ActionState.PROPOSED, ActionState.COMMITTED, ActionState.DONE, ActionState.NOT_DOING,
                        ActionState.PROPOSED), CHECK).orElseThrow();

        assertThat(signal.proposedCount()).isEqualTo(2);
        assertThat(signal.committedCount()).isEqualTo(1);
        assertThat(signal.heavy()).isFalse();
        assertThat(signal.messageKey()).isEqualTo("postmortem.actions.proportionality.ok");
        // 3 open actions, 47 minutes, threshold: the floor of 5.
        assertThat(signal.messageArgs()).containsExactly("3", "47", "5");
    }

    @Test
    void thirtySevenActionsForFiveMinutesAreHeavy() {
        ActionState[] states = new ActionState[37];
        java.util.Arrays.fill(states, 0, 30, ActionState.PROPOSED);
        java.util.Arrays.fill(states, 30, 37, ActionState.COMMITTED);

        SummaryProportionality signal = SummaryProportionality.assess(impact(Duration.ofMinutes(5), ""),
                actions(states), CHECK).orElseThrow();

        assertThat(signal).isEqualTo(new SummaryProportionality(30, 7, true,
                "postmortem.actions.proportionality.heavy", List.of("37", "5", "5")));
    }

    @Test
    void theSeverityLabelPicksTheRateAndAnEmptyOneIsUnknown() {
        // 4 hours: sev1 expects 40 actions, an unknown or empty label 16 (4 per hour).
        List<SummaryAction> twenty = actions(java.util.Collections.nCopies(20, ActionState.PROPOSED)
                .toArray(ActionState[]::new));

        assertThat(SummaryProportionality.assess(impact(Duration.ofHours(4), "sev1"), twenty, CHECK)
                .orElseThrow().heavy()).isFalse();
        assertThat(SummaryProportionality.assess(impact(Duration.ofHours(4), ""), twenty, CHECK)
                .orElseThrow().heavy()).isTrue();
    }

    @Test
    void noActionsAreInProportion() {
        SummaryProportionality signal = SummaryProportionality.assess(impact(Duration.ZERO, "sev1"), List.of(), CHECK)
                .orElseThrow();

        assertThat(signal.proposedCount()).isZero();
        assertThat(signal.committedCount()).isZero();
        assertThat(signal.heavy()).isFalse();
    }

    @Test
    void withoutAnImpactDurationThereIsNoSignal() {
        List<SummaryAction> some = actions(ActionState.PROPOSED);

        assertThat(SummaryProportionality.assess(Impact.empty(), some, CHECK)).isEmpty();
        assertThat(SummaryProportionality.assess(new Impact(START, null, null, "sev1", ""), some, CHECK)).isEmpty();
        assertThat(SummaryProportionality.assess(new Impact(null, START, null, "sev1", ""), some, CHECK)).isEmpty();
        // An end before the start is a mistake in the draft, not a negative impact.
        assertThat(SummaryProportionality.assess(impact(Duration.ofMinutes(-5), "sev1"), some, CHECK)).isEmpty();
    }
}
