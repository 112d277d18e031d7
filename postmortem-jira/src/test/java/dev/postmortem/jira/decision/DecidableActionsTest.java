package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.MutableIssue;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.DecidableAction;
import dev.postmortem.core.decision.RecordedDecision;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.summary.PostmortemScenario;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DecidableActionsTest {

    private static final long PROJECT = 10000L;
    private static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant SOAK_END = Instant.parse("2026-11-22T14:00:00Z");

    private final PostmortemScenario jira = new PostmortemScenario();
    private final InMemoryProcessEventLog log = spy(new InMemoryProcessEventLog());
    private final DecidableActions reader = new DecidableActions(jira.issueLinkManager, jira.lookup, log);

    @Test
    void readsEachLinkedActionsStateAssigneeAndTheSoakEnd() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue act1 = jira.issueManager.getIssueObject("ACT-1");
        when(act1.getAssigneeId()).thenReturn("JIRAUSER10100");
        log.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, DEBRIEF, "alice"));
        log.append(new ProcessEvent(ProcessEventType.SOAK_ENDED, 42L, PROJECT, SOAK_END, null));

        DecidableActions.Read read = reader.of(postmortem, action -> true, Optional.empty());

        assertThat(read.actions().soakEnd()).contains(SOAK_END);
        assertThat(read.actions().actions()).extracting(DecidableAction::actionId, DecidableAction::state,
                        DecidableAction::assigneeKey)
                .containsExactly(
                        tuple(101L, ActionState.PROPOSED, "JIRAUSER10100"),
                        tuple(102L, ActionState.COMMITTED, null),
                        tuple(103L, ActionState.NOT_DOING, null),
                        tuple(104L, ActionState.DONE, null));
        assertThat(read.issues().keySet()).containsExactly(101L, 102L, 103L, 104L);
        assertThat(read.actions().awaitingDecisionAt(SOAK_END)).extracting(DecidableAction::actionId)
                .containsExactly(101L);
    }

    @Test
    void theLatestRecordedDecisionOfEachActionCountsAndADropKeepsItsReason() {
        MutableIssue postmortem = jira.inc42();
        log.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, DEBRIEF, "alice"));
        log.append(new ProcessEvent(ProcessEventType.SOAK_ENDED, 42L, PROJECT, SOAK_END, null));
        log.append(ProcessEvent.actionDropped(42L, PROJECT, SOAK_END.plusSeconds(60), "bob", 101L, "Covered by ACT-2"));
        log.append(ProcessEvent.actionsCommitted(42L, PROJECT, SOAK_END.plusSeconds(120), "bob", 102L));
        log.append(ProcessEvent.actionDropped(42L, PROJECT, SOAK_END.plusSeconds(180), "bob", 102L, "Too costly"));
        log.append(ProcessEvent.actionsCommitted(42L, PROJECT, SOAK_END.plusSeconds(240), "bob", 102L));

        DecidableActions.Read read = reader.of(postmortem, action -> true, Optional.empty());

        assertThat(read.decisions().of(101L))
                .contains(new RecordedDecision(Choice.DROP, SOAK_END.plusSeconds(60)));
        assertThat(read.decisions().dropReason(101L)).contains("Covered by ACT-2");
        assertThat(read.decisions().of(102L))
                .contains(new RecordedDecision(Choice.COMMIT, SOAK_END.plusSeconds(240)));
        assertThat(read.decisions().dropReason(102L)).isEmpty();
        assertThat(read.actions().awaitingDecisionAt(SOAK_END.plusSeconds(300))).isEmpty();
    }

    @Test
    void aSoakEndOfAnEarlierDebriefDoesNotCountForACorrectedOne() {
        MutableIssue postmortem = jira.inc42();
        log.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, DEBRIEF, "alice"));
        log.append(new ProcessEvent(ProcessEventType.SOAK_ENDED, 42L, PROJECT, SOAK_END, null));
        log.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, SOAK_END.plusSeconds(3600), "alice"));

        DecidableActions.Read read = reader.of(postmortem, action -> true, Optional.empty());

        assertThat(read.actions().soakEnd()).isEmpty();
        assertThat(read.actions().awaitingDecisionAt(SOAK_END.plusSeconds(7200))).isEmpty();
    }

    @Test
    void actionsTheViewerMayNotBrowseAreLeftOutEntirely() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue hidden = jira.issueManager.getIssueObject("ACT-2");

        DecidableActions.Read read = reader.of(postmortem, action -> action != hidden, Optional.empty());

        assertThat(read.issues().keySet()).containsExactly(101L, 103L, 104L);
        assertThat(read.actions().actions()).extracting(DecidableAction::actionId).containsExactly(101L, 103L, 104L);
    }

    @Test
    void theProjectsNotDoingResolutionDecidesNotDoing() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue done = jira.issueManager.getIssueObject("ACT-4");
        when(done.getResolution().getId()).thenReturn("10300");

        DecidableActions.Read read = reader.of(postmortem, action -> true, Optional.of("10300"));

        assertThat(read.actions().actions()).filteredOn(action -> action.actionId() == 104L)
                .extracting(DecidableAction::state).containsExactly(ActionState.NOT_DOING);
    }

    @Test
    void severalPostmortemsAreReadWithOneLogQueryAndWithoutTheActionLinkTypeNothingIsListed() {
        MutableIssue first = jira.inc42();
        MutableIssue second = jira.inc7();

        Map<Long, DecidableActions.Read> reads = reader.of(List.of(first, second), action -> true,
                project -> Optional.empty());

        assertThat(reads.keySet()).containsExactly(42L, 7L);
        assertThat(reads.get(42L).actions().actions()).hasSize(4);
        assertThat(reads.get(7L).actions().actions()).isEmpty();
        verify(log, times(1)).forIssuesInRecordOrder(anyCollection());
    }
}
