package dev.postmortem.core.decision;

import dev.postmortem.core.actions.ActionState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DecisionMetricsTest {

    private static final Instant SOAK_END = Instant.parse("2026-12-07T09:00:00Z");

    private static DecidableAction action(long id, ActionState state, Choice choice, Duration afterSoakEnd) {
        RecordedDecision decision = choice == null ? null : new RecordedDecision(choice, SOAK_END.plus(afterSoakEnd));
        return new DecidableAction(id, state, null, decision);
    }

    @Test
    void noActionsGiveZeroCountsAndNoShareOrTimes() {
        DecisionMetrics metrics = DecisionMetrics.of(List.of());

        assertThat(metrics).isEqualTo(new DecisionMetrics(0, 0, 0, 0, 0, 0, null, null));
        assertThat(metrics.droppedAfterSoakShare()).isEmpty();
        assertThat(metrics.median()).isEmpty();
        assertThat(metrics.p90()).isEmpty();
    }

    @Test
    void countsByStateShareDroppedAfterTheSoakAndHoursToDecision() {
        PostmortemActions postmortem = new PostmortemActions(1, SOAK_END, List.of(
                action(1, ActionState.COMMITTED, Choice.COMMIT, Duration.ofHours(2)),
                action(2, ActionState.DONE, Choice.COMMIT, Duration.ofHours(4)),
                action(3, ActionState.NOT_DOING, Choice.DROP, Duration.ofHours(6)),
                action(4, ActionState.NOT_DOING, Choice.DROP, Duration.ofHours(-30)),
                action(5, ActionState.COMMITTED, Choice.COMMIT, Duration.ofHours(-1)),
                action(6, ActionState.PROPOSED, null, null),
                action(7, ActionState.PROPOSED, null, null),
                action(8, ActionState.COMMITTED, null, null)));

        DecisionMetrics metrics = DecisionMetrics.of(List.of(postmortem));

        assertThat(metrics.proposed()).isEqualTo(8);
        assertThat(metrics.committed()).isEqualTo(4);
        assertThat(metrics.dropped()).isEqualTo(2);
        assertThat(metrics.undecided()).isEqualTo(2);
        assertThat(metrics.droppedAfterSoak()).as("the drop before the soak end does not count").isEqualTo(1);
        assertThat(metrics.droppedAfterSoakShare().orElseThrow()).isCloseTo(1.0 / 8, within(1e-12));
        assertThat(metrics.decidedAfterSoak()).isEqualTo(3);
        assertThat(metrics.median().orElseThrow()).isCloseTo(4.0, within(1e-12));
        assertThat(metrics.p90().orElseThrow()).isCloseTo(5.6, within(1e-12));
    }

    @Test
    void aPostmortemWhoseSoakHasNotEndedCountsItsActionsButHasNoTimes() {
        PostmortemActions soaking = new PostmortemActions(1, null, List.of(
                action(1, ActionState.NOT_DOING, Choice.DROP, Duration.ofHours(1)),
                action(2, ActionState.PROPOSED, null, null)));

        DecisionMetrics metrics = DecisionMetrics.of(List.of(soaking));

        assertThat(metrics.proposed()).isEqualTo(2);
        assertThat(metrics.dropped()).isEqualTo(1);
        assertThat(metrics.droppedAfterSoak()).isZero();
        assertThat(metrics.decidedAfterSoak()).isZero();
    }

    @Test
    void countsAlwaysAddUpAndTimesStayWithinTheirBounds() {
        Random random = new Random(20261207L);
        ActionState[] states = ActionState.values();
        for (int run = 0; run < 1000; run++) {
            List<PostmortemActions> postmortems = new ArrayList<>();
            long id = 0;
            double longest = 0;
            for (int p = random.nextInt(5); p > 0; p--) {
                List<DecidableAction> actions = new ArrayList<>();
                for (int a = random.nextInt(12); a > 0; a--) {
                    ActionState state = states[random.nextInt(states.length)];
                    Choice choice = switch (random.nextInt(3)) {
                        case 0 -> null;
                        case 1 -> Choice.COMMIT;
                        default -> Choice.DROP;
                    };
                    long minutes = random.nextInt(20_000) - 2_000;
                    if (choice != null && minutes >= 0) {
                        longest = Math.max(longest, minutes / 60.0);
                    }
                    actions.add(action(id++, state, choice, Duration.ofMinutes(minutes)));
                }
                postmortems.add(new PostmortemActions(p, SOAK_END, actions));
            }

            DecisionMetrics metrics = DecisionMetrics.of(postmortems);

            assertThat(metrics.committed() + metrics.dropped() + metrics.undecided()).isEqualTo(metrics.proposed())
                    .isEqualTo((int) id);
            assertThat(metrics.droppedAfterSoak()).isBetween(0, metrics.dropped());
            assertThat(metrics.droppedAfterSoakShare().orElse(0.0)).isBetween(0.0, 1.0);
            if (metrics.decidedAfterSoak() == 0) {
                assertThat(metrics.median()).isEmpty();
            } else {
                assertThat(metrics.median().orElseThrow()).isBetween(0.0, metrics.p90().orElseThrow());
                assertThat(metrics.p90().orElseThrow()).isLessThanOrEqualTo(longest);
            }
        }
    }
}
