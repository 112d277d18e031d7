package dev.postmortem.core.decision;

import dev.postmortem.core.narrative.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionBatchTest {

    @Test
    void everyChoiceBecomesItsDecisionInRequestOrder() {
        DecisionBatch batch = DecisionBatch.read(List.of(
                new DecisionRequest(11, Choice.COMMIT, null),
                new DecisionRequest(12, Choice.DROP, "  Covered by OPS-7 "),
                new DecisionRequest(13, Choice.KEEP, null)));

        assertThat(batch.valid()).isTrue();
        assertThat(batch.decisions()).containsExactly(
                Decision.commit(11), Decision.drop(12, new DropReason("Covered by OPS-7")), Decision.keep(13));
    }

    @Test
    void aReasonIsIgnoredUnlessTheActionIsDropped() {
        DecisionBatch batch = DecisionBatch.read(List.of(
                new DecisionRequest(11, Choice.COMMIT, "\u0000 not checked"),
                new DecisionRequest(12, Choice.KEEP, "later")));

        assertThat(batch.decisions()).containsExactly(Decision.commit(11), Decision.keep(12));
        assertThat(batch.decisions()).allSatisfy(decision -> assertThat(decision.dropReason()).isEmpty());
    }

    @Test
    void oneBadDecisionRefusesTheWholeBatchAndEveryProblemIsReported() {
        DecisionBatch batch = DecisionBatch.read(List.of(
                new DecisionRequest(11, Choice.COMMIT, null),
                new DecisionRequest(12, Choice.DROP, " "),
                new DecisionRequest(13, null, null),
                new DecisionRequest(11, Choice.KEEP, null),
                new DecisionRequest(14, Choice.DROP, "x".repeat(DropReason.MAX_CHARS + 1))));

        assertThat(batch.valid()).isFalse();
        assertThat(batch.decisions()).isEmpty();
        assertThat(batch.problems()).containsExactly(
                Problem.of("decisions[1].reason", DecisionMessages.REASON_REQUIRED),
                Problem.of("decisions[2]", DecisionMessages.CHOICE_REQUIRED, 3),
                Problem.of("decisions[3]", DecisionMessages.DUPLICATE_ACTION, 4, 1),
                Problem.of("decisions[4].reason", DecisionMessages.REASON_TOO_LONG, DropReason.MAX_CHARS,
                        DropReason.MAX_CHARS + 1));
    }

    @Test
    void anEmptyRequestDecidesNothing() {
        assertThat(DecisionBatch.read(List.of()).problems())
                .containsExactly(Problem.of("decisions", DecisionMessages.NOTHING_TO_DECIDE));
    }

    @Test
    void aBatchOfTheLimitIsReadAndOneMoreIsRefusedByItsSizeAlone() {
        List<DecisionRequest> requests = new ArrayList<>();
        for (int i = 0; i < DecisionBatch.MAX_DECISIONS; i++) {
            requests.add(new DecisionRequest(i, Choice.KEEP, null));
        }
        assertThat(DecisionBatch.read(requests).decisions()).hasSize(DecisionBatch.MAX_DECISIONS);

        requests.add(new DecisionRequest(-1, Choice.DROP, ""));
        assertThat(DecisionBatch.read(requests).problems()).containsExactly(Problem.of("decisions",
                DecisionMessages.TOO_MANY, DecisionBatch.MAX_DECISIONS, DecisionBatch.MAX_DECISIONS + 1));
    }

    @Test
    void aDecisionHasAReasonExactlyWhenItDrops() {
        assertThat(Decision.drop(1, new DropReason("no")).dropReason()).map(DropReason::text).contains("no");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Decision(1, Choice.DROP, null));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Decision(1, Choice.COMMIT, new DropReason("no")));
    }
}
