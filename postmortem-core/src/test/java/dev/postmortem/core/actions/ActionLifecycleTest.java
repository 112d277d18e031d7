package dev.postmortem.core.actions;

import static dev.postmortem.core.actions.ActionState.COMMITTED;
import static dev.postmortem.core.actions.ActionState.DONE;
import static dev.postmortem.core.actions.ActionState.NOT_DOING;
import static dev.postmortem.core.actions.ActionState.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionLifecycleTest {

    @Test
    void proposedToCommittedWhenTheSoakAllows() {
        assertThat(ActionLifecycle.decide(PROPOSED, COMMITTED, true, null))
                .isEqualTo(new TransitionDecision.Allowed(COMMITTED, Optional.empty()));
    }

    @Test
    void proposedToCommittedIsRefusedWhileSoaking() {
        assertThat(ActionLifecycle.decide(PROPOSED, COMMITTED, false, null))
                .isEqualTo(new TransitionDecision.Refused("postmortem.actions.transition.soaking", List.of()));
    }

    @Test
    void notDoingNeedsAReasonFromProposedAndFromCommitted() {
        for (ActionState from : List.of(PROPOSED, COMMITTED)) {
            for (String blank : new String[] {null, "", "  \n\t "}) {
                assertThat(ActionLifecycle.decide(from, NOT_DOING, true, blank)).isEqualTo(
                        new TransitionDecision.Refused("postmortem.actions.transition.reasonRequired", List.of()));
            }
            assertThat(ActionLifecycle.decide(from, NOT_DOING, false, "  Cost outweighs the risk. "))
                    .isEqualTo(new TransitionDecision.Allowed(NOT_DOING, Optional.of("Cost outweighs the risk.")));
        }
    }

    @Test
    void anOverlongReasonIsRefusedNotCut() {
        String reason = "x".repeat(ActionLifecycle.MAX_REASON_LENGTH + 1);
        assertThat(ActionLifecycle.decide(PROPOSED, NOT_DOING, true, reason)).isEqualTo(new TransitionDecision.Refused(
                "postmortem.actions.transition.reasonTooLong",
                List.of(ActionLifecycle.MAX_REASON_LENGTH, ActionLifecycle.MAX_REASON_LENGTH + 1)));
        assertThat(ActionLifecycle.decide(PROPOSED, NOT_DOING, true, reason.substring(1)).allowed()).isTrue();
    }

    @Test
    void committedToDoneAndReopenFromNotDoing() {
        assertThat(ActionLifecycle.decide(COMMITTED, DONE, false, null).allowed()).isTrue();
        assertThat(ActionLifecycle.decide(NOT_DOING, PROPOSED, false, null).allowed()).isTrue();
    }

    @Test
    void soakOnlyMattersForCommitting() {
        assertThat(ActionLifecycle.decide(COMMITTED, DONE, false, null).allowed()).isTrue();
        assertThat(ActionLifecycle.decide(PROPOSED, NOT_DOING, false, "not worth it").allowed()).isTrue();
    }

    @Test
    void theAllowedGraphIsExactlyTheDocumentedOne() {
        assertThat(ActionLifecycle.nextStates(PROPOSED)).isEqualTo(Set.of(COMMITTED, NOT_DOING));
        assertThat(ActionLifecycle.nextStates(COMMITTED)).isEqualTo(Set.of(DONE, NOT_DOING));
        assertThat(ActionLifecycle.nextStates(NOT_DOING)).isEqualTo(Set.of(PROPOSED));
        assertThat(ActionLifecycle.nextStates(DONE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActionState.class)
    void everyOtherTransitionIsRefusedWithBothStatesNamed(ActionState from) {
        for (ActionState to : ActionState.values()) {
            if (ActionLifecycle.nextStates(from).contains(to)) {
                continue;
            }
            assertThat(ActionLifecycle.decide(from, to, true, "a reason")).as(from + "->" + to).isEqualTo(
                    new TransitionDecision.Refused("postmortem.actions.transition.notAllowed",
                            List.of(from.name(), to.name())));
        }
    }
}
