package dev.postmortem.core.process;

import dev.postmortem.core.process.PostmortemProcess.SoakProgress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.postmortem.core.process.ProcessStep.Kind.ACTION_COMMITTED;
import static dev.postmortem.core.process.ProcessStep.Kind.DEBRIEF_CLEARED;
import static dev.postmortem.core.process.ProcessStep.Kind.DEBRIEF_HELD;
import static dev.postmortem.core.process.ProcessStep.Kind.SOAK_ENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostmortemProcessTest {

    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");

    private static ProcessStep step(ProcessStep.Kind kind, Instant at, String actor) {
        return new ProcessStep(kind, at, actor);
    }

    private static Instant hours(long hours) {
        return DEBRIEF.plus(Duration.ofHours(hours));
    }

    @Test
    void aDebriefItsSoakEndAndCommitsGiveTheTimeToTheFirstCommit() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(SOAK_ENDED, hours(48), null),
                step(ACTION_COMMITTED, hours(50), "bob"),
                step(ACTION_COMMITTED, hours(73), "carol")), 0);

        assertThat(process.debriefHeldAt()).contains(DEBRIEF);
        assertThat(process.soakEndedAt()).contains(hours(48));
        assertThat(process.firstCommit()).contains(new Commit(hours(50), "bob"));
        assertThat(process.debriefToFirstCommit()).contains(Duration.ofHours(50));
        assertThat(process.commits()).isEqualTo(2);
        assertThat(process.commitsBeforeDebrief()).isZero();
        assertThat(process.overridden()).isFalse();
    }

    @Test
    void withoutADebriefThereIsNoFirstCommitAndEveryCommitIsBeforeTheDebrief() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(ACTION_COMMITTED, hours(1), "bob")), 1);

        assertThat(process.debriefHeldAt()).isEmpty();
        assertThat(process.soakEndedAt()).isEmpty();
        assertThat(process.firstCommit()).isEmpty();
        assertThat(process.debriefToFirstCommit()).isEmpty();
        assertThat(process.commits()).isEqualTo(1);
        assertThat(process.commitsBeforeDebrief()).isEqualTo(1);
        assertThat(process.overrides()).isEqualTo(1);
        assertThat(process.overridden()).isTrue();
    }

    @Test
    void nothingRecordedIsAnEmptyProcess() {
        PostmortemProcess process = PostmortemProcess.of(List.of(), 0);

        assertThat(process.debriefHeldAt()).isEmpty();
        assertThat(process.commits()).isZero();
        assertThat(process.commitsBeforeDebrief()).isZero();
        assertThat(process.soakAt(hours(48), hours(1))).isEqualTo(SoakProgress.UNKNOWN);
    }

    @Test
    void aDebriefWithoutCommitsHasNoFirstCommit() {
        PostmortemProcess process = PostmortemProcess.of(List.of(step(DEBRIEF_HELD, DEBRIEF, "alice")), 0);

        assertThat(process.debriefHeldAt()).contains(DEBRIEF);
        assertThat(process.firstCommit()).isEmpty();
        assertThat(process.debriefToFirstCommit()).isEmpty();
        assertThat(process.commits()).isZero();
    }

    @Test
    void aClearedDebriefIsNoDebriefAndItsSoakEndIsGone() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(SOAK_ENDED, hours(48), null),
                step(DEBRIEF_CLEARED, hours(49), "alice")), 0);

        assertThat(process.debriefHeldAt()).isEmpty();
        assertThat(process.soakEndedAt()).isEmpty();
    }

    @Test
    void clearedThenHeldAgainCountsFromTheNewDebriefOnly() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(SOAK_ENDED, hours(48), null),
                step(ACTION_COMMITTED, hours(49), "bob"),
                step(DEBRIEF_CLEARED, hours(60), "alice"),
                step(DEBRIEF_HELD, hours(72), "alice"),
                step(ACTION_COMMITTED, hours(130), "carol")), 0);

        assertThat(process.debriefHeldAt()).contains(hours(72));
        // The first debrief's soak end is not the new debrief's: that soak has not been recorded as ended.
        assertThat(process.soakEndedAt()).isEmpty();
        assertThat(process.firstCommit()).contains(new Commit(hours(130), "carol"));
        assertThat(process.debriefToFirstCommit()).contains(Duration.ofHours(58));
        assertThat(process.commits()).isEqualTo(2);
        assertThat(process.commitsBeforeDebrief()).isEqualTo(1);
    }

    @Test
    void aCorrectionToAnEarlierTimeIsTheCurrentDebriefBecauseItWasRecordedLast() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, hours(24), "alice"),
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(SOAK_ENDED, hours(48), null),
                step(ACTION_COMMITTED, hours(50), "bob")), 0);

        assertThat(process.debriefHeldAt()).contains(DEBRIEF);
        assertThat(process.soakEndedAt()).contains(hours(48));
        assertThat(process.debriefToFirstCommit()).contains(Duration.ofHours(50));
    }

    @Test
    void aCommitBeforeTheDebriefByOverrideIsCountedButIsNotTheFirstCommitAfterIt() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(ACTION_COMMITTED, DEBRIEF.minus(Duration.ofHours(5)), "admin"),
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(ACTION_COMMITTED, hours(60), "bob")), 1);

        assertThat(process.firstCommit()).contains(new Commit(hours(60), "bob"));
        assertThat(process.debriefToFirstCommit()).contains(Duration.ofHours(60));
        assertThat(process.commits()).isEqualTo(2);
        assertThat(process.commitsBeforeDebrief()).isEqualTo(1);
        assertThat(process.overridden()).isTrue();
    }

    @Test
    void onlyACommitBeforeTheDebriefLeavesNoFirstCommit() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                // Recorded after the debrief, but names an earlier time: the debrief was entered late.
                step(ACTION_COMMITTED, DEBRIEF.minusSeconds(1), "admin")), 1);

        assertThat(process.firstCommit()).isEmpty();
        assertThat(process.debriefToFirstCommit()).isEmpty();
        assertThat(process.commitsBeforeDebrief()).isEqualTo(1);
    }

    @Test
    void aCommitAtTheDebriefsOwnTimeIsAfterItWithZeroDuration() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(ACTION_COMMITTED, DEBRIEF, null)), 0);

        assertThat(process.firstCommit()).contains(new Commit(DEBRIEF, null));
        assertThat(process.debriefToFirstCommit()).contains(Duration.ZERO);
    }

    @Test
    void theFirstCommitIsTheEarliestByTimeNotByRecordOrder() {
        PostmortemProcess process = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"),
                step(ACTION_COMMITTED, hours(80), "late"),
                step(ACTION_COMMITTED, hours(70), "early")), 0);

        assertThat(process.firstCommit()).contains(new Commit(hours(70), "early"));
    }

    @Test
    void theSoakIsEndedWhenRecordedElseByThePolicysEndAgainstNow() {
        PostmortemProcess recorded = PostmortemProcess.of(List.of(
                step(DEBRIEF_HELD, DEBRIEF, "alice"), step(SOAK_ENDED, hours(48), null)), 0);
        PostmortemProcess soaking = PostmortemProcess.of(List.of(step(DEBRIEF_HELD, DEBRIEF, "alice")), 0);

        assertThat(recorded.soakAt(hours(50), hours(1)))
                .isEqualTo(new SoakProgress(SoakProgress.Stage.ENDED, hours(48)));
        assertThat(soaking.soakAt(hours(48), hours(47)))
                .isEqualTo(new SoakProgress(SoakProgress.Stage.SOAKING, hours(48)));
        // The end is inclusive, as for the gate; the job records it within its interval.
        assertThat(soaking.soakAt(hours(48), hours(48)))
                .isEqualTo(new SoakProgress(SoakProgress.Stage.ENDED, hours(48)));
        assertThat(soaking.soakAt(null, hours(1))).isEqualTo(SoakProgress.UNKNOWN);
    }

    @Test
    void negativeOverridesAreRefused() {
        assertThatThrownBy(() -> PostmortemProcess.of(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SoakProgress(SoakProgress.Stage.ENDED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
