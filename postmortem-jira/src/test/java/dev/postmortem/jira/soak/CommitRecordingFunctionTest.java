package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static dev.postmortem.jira.soak.SoakFixture.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CommitRecordingFunctionTest {

    private final SoakFixture fx = new SoakFixture();
    private final ProcessEventLog log = mock(ProcessEventLog.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final CommitRecordingFunction function = new CommitRecordingFunction(log, fx.issueLinkManager,
            fx.lookup(), fx.debriefField, fx.records, authenticationContext, fx.clock);

    @Test
    void aCommitAfterTheSoakRecordsTheCommitTheDebriefAndTheEndOfTheSoakForThePostmortem() {
        Instant heldAt = NOW.minus(Duration.ofHours(50));
        Issue postmortem = fx.postmortem("PM-1", heldAt);
        loggedIn("JIRAUSER10100");

        function.execute(new HashMap<>(Map.of("issue", fx.action)), Map.of(), null);

        long id = postmortem.getId();
        // Naming the committed action, so the process view can leave it out for viewers who may not browse it.
        verify(log).append(ProcessEvent.actionsCommitted(id, PROJECT_ID, NOW, "JIRAUSER10100", fx.action.getId()));
        ProcessEvent debrief = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, id, PROJECT_ID, heldAt, null);
        // Through the storage rules the listener and the job use: recorded only if not recorded already.
        verify(log).appendDebriefChange(debrief);
        // The project's policy is 48 hours (SoakFixture).
        verify(log).appendSoakEnd(debrief, heldAt.plus(Duration.ofHours(48)));
    }

    @Test
    void aCommitByOverrideBeforeTheEndOfTheSoakRecordsNoSoakEnd() {
        Instant heldAt = NOW.minus(Duration.ofHours(10));
        Issue postmortem = fx.postmortem("PM-1", heldAt);

        function.execute(Map.of("issue", fx.action), Map.of(), null);

        verify(log).appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(),
                PROJECT_ID, heldAt, null));
        verify(log, never()).appendSoakEnd(any(), any());
        ArgumentCaptor<ProcessEvent> committed = ArgumentCaptor.forClass(ProcessEvent.class);
        verify(log).append(committed.capture());
        assertThat(committed.getValue().type()).isEqualTo(ProcessEventType.ACTIONS_COMMITTED);
        assertThat(committed.getValue().actorKey()).isNull();
    }

    @Test
    void everyLinkedPostmortemGetsItsOwnEventsAndOtherLinksAreIgnored() {
        Issue first = fx.postmortem("PM-1", null);
        Issue second = fx.postmortem("PM-2", null);
        fx.linked("REL-1", null, SoakFixture.OTHER_LINK_TYPE_ID);

        function.execute(Map.of("issue", fx.action), Map.of(), null);

        ArgumentCaptor<ProcessEvent> committed = ArgumentCaptor.forClass(ProcessEvent.class);
        verify(log, times(2)).append(committed.capture());
        assertThat(committed.getAllValues()).extracting(ProcessEvent::issueId)
                .containsExactly(first.getId(), second.getId());
        // No debrief held yet: nothing to record about it.
        verify(log, never()).appendDebriefChange(any());
        verify(log, never()).appendSoakEnd(any(), any());
    }

    @Test
    void nothingIsRecordedWithoutAStoredIssueOrWithoutTheLinkType() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        Issue unsaved = mock(Issue.class);
        when(unsaved.getId()).thenReturn(null);

        function.execute(Map.of("issue", unsaved), Map.of(), null);
        function.execute(new HashMap<>(), Map.of(), null);
        function.execute(null, Map.of(), null);
        fx.deleteLinkType();
        function.execute(Map.of("issue", fx.action), Map.of(), null);

        verify(log, never()).append(any());
        verify(log, never()).appendDebriefChange(any());
        verify(log, never()).appendSoakEnd(any(), any());
    }

    @Test
    void theFactoryHasNoSettings() {
        CommitRecordingFactory factory = new CommitRecordingFactory();
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForInput(params);
        factory.getVelocityParamsForView(params, null);

        assertThat(params).isEmpty();
        assertThat(factory.getDescriptorParams(Map.of("anything", new String[] {"x"}))).isEmpty();
    }

    private void loggedIn(String userKey) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(userKey);
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
    }
}
