package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.MutableIssue;
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
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verifyNoInteractions;

/** Reading from events in hand (the process view's), and the linked ids before any permission is asked. */
class DecidableActionsRecordedTest {

    private static final long PROJECT = 10000L;
    private static final Instant SOAK_END = Instant.parse("2026-11-22T14:00:00Z");

    private final PostmortemScenario jira = new PostmortemScenario();
    private final InMemoryProcessEventLog log = spy(new InMemoryProcessEventLog());
    private final DecidableActions reader = new DecidableActions(jira.issueLinkManager, jira.lookup, log);

    @Test
    void eventsInHandAreReadWithoutAnyLogQuery() {
        MutableIssue postmortem = jira.inc42();
        List<ProcessEvent> events = List.of(
                new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, SOAK_END.minusSeconds(86_400), "a"),
                new ProcessEvent(ProcessEventType.SOAK_ENDED, 42L, PROJECT, SOAK_END, null),
                ProcessEvent.actionDropped(42L, PROJECT, SOAK_END.plusSeconds(60), "bob", 103L, "Covered"));

        DecidableActions.Read read = reader.ofRecorded(List.of(postmortem), Map.of(42L, events), action -> true,
                project -> Optional.empty()).get(42L);

        assertThat(read.actions().soakEnd()).contains(SOAK_END);
        assertThat(read.decisions().dropReason(103L)).contains("Covered");
        verifyNoInteractions(log);
    }

    @Test
    void linkedActionIdsAreEachDistinctActionWithoutAskingAnyone() {
        MutableIssue postmortem = jira.inc42();
        MutableIssue act1 = (MutableIssue) jira.issueManager.getIssueObject("ACT-1");
        MutableIssue act2 = (MutableIssue) jira.issueManager.getIssueObject("ACT-2");
        jira.linkActions(postmortem, act1, act2, act1);

        assertThat(reader.linkedActionIds(postmortem)).containsExactly(101L, 102L);
        verifyNoInteractions(jira.permissionManager);
    }
}
