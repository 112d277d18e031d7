package dev.postmortem.core.decision;

import dev.postmortem.core.actions.ActionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostmortemActionsTest {

    static final Instant SOAK_END = Instant.parse("2026-12-07T09:00:00Z");

    static DecidableAction proposed(long id, String assignee) {
        return new DecidableAction(id, ActionState.PROPOSED, assignee, null);
    }

    @Test
    void nothingAwaitsADecisionBeforeTheSoakEndsAndProposedActionsDoFromTheEndItself() {
        PostmortemActions postmortem = new PostmortemActions(1, SOAK_END, List.of(proposed(11, "bob")));

        assertThat(postmortem.awaitingDecisionAt(SOAK_END.minusMillis(1))).isEmpty();
        assertThat(postmortem.awaitingDecisionAt(SOAK_END)).extracting(DecidableAction::actionId).containsExactly(11L);
    }

    @Test
    void withoutARecordedSoakEndNothingAwaitsADecision() {
        PostmortemActions postmortem = new PostmortemActions(1, null, List.of(proposed(11, "bob")));

        assertThat(postmortem.soakEnd()).isEmpty();
        assertThat(postmortem.awaitingDecisionAt(Instant.MAX)).isEmpty();
    }

    @Test
    void onlyProposedActionsWithoutARecordedDecisionAwaitOne() {
        RecordedDecision dropped = new RecordedDecision(Choice.DROP, SOAK_END.plusSeconds(60));
        PostmortemActions postmortem = new PostmortemActions(1, SOAK_END, List.of(
                proposed(11, null),
                new DecidableAction(12, ActionState.COMMITTED, null, null),
                new DecidableAction(13, ActionState.NOT_DOING, null, dropped),
                new DecidableAction(14, ActionState.DONE, null, null),
                new DecidableAction(15, ActionState.PROPOSED, null, dropped),
                proposed(16, "carol")));

        assertThat(postmortem.awaitingDecisionAt(SOAK_END.plusSeconds(3600)))
                .extracting(DecidableAction::actionId).containsExactly(11L, 16L);
    }

    @Test
    void keepingAnActionProposedRecordsNothingSoItGoesOnAwaiting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordedDecision(Choice.KEEP, SOAK_END));
    }

    @Test
    void anActionIsListedOnceAndABlankAssigneeIsNone() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new PostmortemActions(1, SOAK_END, List.of(proposed(11, "a"), proposed(11, "b"))));
        assertThat(proposed(11, " ").assignee()).isEmpty();
    }
}
