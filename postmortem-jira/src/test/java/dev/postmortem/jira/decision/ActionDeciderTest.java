package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.IssueInputParameters;
import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.DecisionBatch;
import dev.postmortem.core.decision.DecisionRequest;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ActionDeciderTest {

    private final DecisionFixture f = new DecisionFixture();

    private List<DecisionOutcome> decide(DecisionRequest... requests) {
        return f.decider().decide(f.postmortem, DecisionBatch.read(List.of(requests)), f.caller(), f.jira.access::mayBrowse);
    }

    private List<ProcessEvent> drops() {
        return f.log.all().stream().filter(event -> event.type() == ProcessEventType.ACTION_DROPPED).toList();
    }

    @Test
    void commitRunsTheGatedTransitionAsTheUserWithNothingSkipped() {
        List<DecisionOutcome> outcomes = decide(new DecisionRequest(105L, Choice.COMMIT, null));

        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.applied()).isTrue();
            assertThat(outcome.choice()).isEqualTo(Choice.COMMIT);
        });
        verify(f.issueService).validateTransition(eq(f.caller()), eq(105L), eq(DecisionFixture.COMMIT_TRANSITION),
                any());
        verify(f.issueService).transition(eq(f.caller()), any());
        IssueInputParameters input = f.inputs.get(0);
        verify(input, never()).setSkipScreenCheck(anyBooleanTrue());
        verify(input, never()).setResolutionId(any());
        verify(input, never()).setComment(any());
        assertThat(f.categories.get(105L)).isEqualTo("indeterminate");
        assertThat(drops()).as("the workflow's commit function records a commit, not the decider").isEmpty();
    }

    @Test
    void dropResolvesWithTheProjectsResolutionKeepsTheReasonAsCommentAndRecordsIt() {
        String reason = "  Covered by ACT-2's alert.\r\nNot worth a second <b>page</b> & *markup* {color:red}x{color}.  ";

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(106L, Choice.DROP, reason));

        assertThat(outcomes).singleElement().extracting(DecisionOutcome::applied).isEqualTo(true);
        verify(f.issueService).validateTransition(eq(f.caller()), eq(106L), eq(DecisionFixture.DROP_TRANSITION), any());
        IssueInputParameters input = f.inputs.get(0);
        verify(input).setResolutionId(DecisionFixture.NOT_DOING);
        String cleaned = "Covered by ACT-2's alert.\nNot worth a second <b>page</b> & *markup* {color:red}x{color}.";
        verify(input).setComment("Dropped after the soak of postmortem INC-42. Reason:\n" + cleaned);
        assertThat(drops()).singleElement().satisfies(event -> {
            assertThat(event.issueId()).isEqualTo(42L);
            assertThat(event.actionId()).isEqualTo(106L);
            assertThat(event.actorKey()).isEqualTo(f.caller().getKey());
            assertThat(event.at()).isEqualTo(DecisionFixture.NOW);
            assertThat(event.detail()).as("markup kept as text").isEqualTo(cleaned);
        });
    }

    @Test
    void aDropJiraAppliedIsReportedAppliedEvenWhenTheLogCannotRecordIt() {
        InMemoryProcessEventLog failingDrops = new InMemoryProcessEventLog() {
            @Override
            public synchronized void append(ProcessEvent event) {
                if (event.type() == ProcessEventType.ACTION_DROPPED) {
                    throw new IllegalStateException("database went away");
                }
                super.append(event);
            }
        };
        DecisionFixture g = new DecisionFixture(failingDrops, new InMemoryDecisionSettingsStore());

        List<DecisionOutcome> outcomes = g.decider().decide(g.postmortem,
                DecisionBatch.read(List.of(new DecisionRequest(106L, Choice.DROP, "Not needed"))), g.caller(),
                g.jira.access::mayBrowse);

        assertThat(outcomes).singleElement().extracting(DecisionOutcome::applied).isEqualTo(true);
        verify(g.inputs.get(0)).setComment("Dropped after the soak of postmortem INC-42. Reason:\nNot needed");
    }

    @Test
    void keepChangesAndRecordsNothing() {
        int before = f.log.all().size();

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(105L, Choice.KEEP, null));

        assertThat(outcomes).singleElement().extracting(DecisionOutcome::applied).isEqualTo(true);
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
        assertThat(f.log.all()).hasSize(before);
        assertThat(f.locks.namesAskedFor()).as("nothing to serialise").isEmpty();
    }

    @Test
    void aTransitionJiraRefusesIsReportedWithJirasOwnMessageAndRecordsNothing() {
        f.jiraRefuses("You do not have permission to transition this issue.");

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(106L, Choice.DROP, "Not needed"),
                new DecisionRequest(105L, Choice.COMMIT, null));

        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.applied()).isFalse();
            assertThat(outcome.refusedByJira()).isTrue();
            assertThat(outcome.hostMessages()).containsExactly("You do not have permission to transition this issue.");
        });
        assertThat(f.jira.messages.text(outcomes.get(0).messageKey(), outcomes.get(0).args()))
                .isEqualTo("Jira did not change ACT-6: You do not have permission to transition this issue.");
        verify(f.issueService, never()).transition(any(), any());
        assertThat(drops()).isEmpty();
    }

    @Test
    void anActionTheUserMayNotBrowseIsNotFoundAndNothingIsAskedOfJira() {
        f.jira.visible(f.act6, false);

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(106L, Choice.DROP, "Not needed"),
                new DecisionRequest(999L, Choice.COMMIT, null));

        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.notFound()).isTrue();
            assertThat(outcome.args()).as("reveals nothing").isEmpty();
        });
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
        assertThat(drops()).isEmpty();
    }

    @Test
    void anActionOfAnotherPostmortemIsNotFoundEvenWhenTheUserMayBrowseIt() {
        f.jira.issue(555L, "OTHER-1", "Unrelated", f.jira.taskType, "Open", "new", null);

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(555L, Choice.COMMIT, null));

        assertThat(outcomes).singleElement().extracting(DecisionOutcome::notFound).isEqualTo(true);
    }

    @Test
    void dropIsRefusedWithAClearMessageWhenTheProjectPickedNoResolution() {
        f.settings.save(DecisionFixture.PROJECT, new DecisionSettings(5, Optional.empty()));

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(106L, Choice.DROP, "Not needed"));

        DecisionOutcome outcome = outcomes.get(0);
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.messageKey()).isEqualTo(ActionDecider.NO_RESOLUTION_KEY);
        assertThat(f.jira.messages.text(outcome.messageKey(), outcome.args())).startsWith("ACT-6 cannot be dropped:");
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void withoutAGatedOrADoneTransitionTheActionIsRefusedAndJiraIsNotAsked() {
        when(f.transitions.commit(any())).thenReturn(OptionalInt.empty());
        when(f.transitions.drop(any())).thenReturn(OptionalInt.empty());

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(105L, Choice.COMMIT, null),
                new DecisionRequest(106L, Choice.DROP, "Not needed"));

        assertThat(outcomes).extracting(DecisionOutcome::messageKey)
                .containsExactly(ActionDecider.NO_COMMIT_TRANSITION_KEY, ActionDecider.NO_DROP_TRANSITION_KEY);
        assertThat(f.jira.messages.text(outcomes.get(0).messageKey(), outcomes.get(0).args()))
                .contains("ACT-5", "\"Open\"");
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void anActionAlreadyDecidedOrNoLongerProposedIsRefused() {
        f.log.append(ProcessEvent.actionDropped(42L, DecisionFixture.PROJECT, DecisionFixture.NOW, "bob", 105L,
                "Dropped by Bob"));

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(105L, Choice.COMMIT, null),
                new DecisionRequest(102L, Choice.DROP, "ACT-2 is in progress already"));

        assertThat(outcomes).extracting(DecisionOutcome::messageKey)
                .containsExactly(ActionDecider.NOT_AWAITING_KEY, ActionDecider.NOT_AWAITING_KEY);
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void beforeTheSoakHasEndedNothingCanBeDecided() {
        f.log.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, DecisionFixture.PROJECT,
                DecisionFixture.NOW.minusSeconds(60), "alice"));

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(105L, Choice.COMMIT, null));

        assertThat(outcomes).extracting(DecisionOutcome::messageKey).containsExactly(ActionDecider.SOAK_NOT_ENDED_KEY);
    }

    @Test
    void hostileReasonsNeverReachJiraBecauseTheBatchIsRefusedAsAWhole() {
        DecisionBatch batch = DecisionBatch.read(List.of(new DecisionRequest(105L, Choice.COMMIT, null),
                new DecisionRequest(106L, Choice.DROP, "bell \u0007 in the reason"),
                new DecisionRequest(101L, Choice.DROP, "x".repeat(501))));

        List<DecisionOutcome> outcomes = f.decider().decide(f.postmortem, batch, f.caller(), f.jira.access::mayBrowse);

        assertThat(batch.valid()).isFalse();
        assertThat(outcomes).isEmpty();
        verify(f.issueService, never()).newIssueInputParameters();
        verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
    }

    @Test
    void aDecisionThatCannotGetThePostmortemsLockInTimeIsRefusedAsBusy() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = other.submit(() -> {
                f.locks.getLockForName(ActionDecider.lockName(42L)).lock();
                held.countDown();
                release.await();
                f.locks.getLockForName(ActionDecider.lockName(42L)).unlock();
                return null;
            });
            held.await(5, TimeUnit.SECONDS);

            List<DecisionOutcome> outcomes = f.decider(f.log, Duration.ofMillis(50)).decide(f.postmortem,
                    DecisionBatch.read(List.of(new DecisionRequest(105L, Choice.COMMIT, null))), f.caller(),
                    f.jira.access::mayBrowse);

            release.countDown();
            holder.get(5, TimeUnit.SECONDS);
            assertThat(outcomes).extracting(DecisionOutcome::messageKey).containsExactly(ActionDecider.BUSY_KEY);
            verify(f.issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void twoPeopleDecidingOneActionAtOnceDoNotBothAct() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch letFirstFinish = new CountDownLatch(1);
        doAnswer(call -> {
            firstInside.countDown();
            letFirstFinish.await(5, TimeUnit.SECONDS);
            long[] ran = f.validated.get(call.getArgument(1));
            f.categories.put(ran[0], ran[1] == DecisionFixture.COMMIT_TRANSITION ? "indeterminate" : "done");
            var result = org.mockito.Mockito.mock(com.atlassian.jira.bc.issue.IssueService.IssueResult.class);
            when(result.isValid()).thenReturn(true);
            return result;
        }).when(f.issueService).transition(any(), any());
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            Future<List<DecisionOutcome>> first = people.submit(() -> decide(
                    new DecisionRequest(106L, Choice.DROP, "Too costly")));
            firstInside.await(5, TimeUnit.SECONDS);
            Future<List<DecisionOutcome>> second = people.submit(() -> decide(
                    new DecisionRequest(106L, Choice.COMMIT, null)));
            letFirstFinish.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).extracting(DecisionOutcome::applied).containsExactly(true);
            assertThat(second.get(10, TimeUnit.SECONDS)).extracting(DecisionOutcome::messageKey)
                    .containsExactly(ActionDecider.NOT_AWAITING_KEY);
            verify(f.issueService, times(1)).transition(any(), any());
            assertThat(drops()).hasSize(1);
            assertThat(f.locks.lock(ActionDecider.lockName(42L)).isLocked()).isFalse();
        } finally {
            people.shutdownNow();
        }
    }

    @Test
    void theLockIsReleasedWhenJiraFailsUnexpectedlyAndTheFailureIsATranslatedRefusal() {
        doThrow(new IllegalStateException("database gone")).when(f.issueService).transition(any(), any());

        List<DecisionOutcome> outcomes = decide(new DecisionRequest(105L, Choice.COMMIT, null),
                new DecisionRequest(106L, Choice.KEEP, null));

        assertThat(outcomes).extracting(DecisionOutcome::messageKey).containsExactly(ActionDecider.FAILED_KEY, null);
        assertThat(f.jira.messages.text(outcomes.get(0).messageKey(), outcomes.get(0).args()))
                .doesNotContain("database gone");
        assertThat(f.locks.lock(ActionDecider.lockName(42L)).isLocked()).isFalse();
    }

    private static boolean anyBooleanTrue() {
        return eq(true);
    }
}
