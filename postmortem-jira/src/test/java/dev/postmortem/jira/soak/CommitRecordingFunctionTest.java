package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CommitRecordingFunctionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");

    private final ProcessEventLog log = mock(ProcessEventLog.class);
    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final CommitRecordingFunction function = new CommitRecordingFunction(log, authenticationContext,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void recordsActionsCommittedForTheActionByTheUserAtTheClocksTime() {
        Issue action = mock(Issue.class);
        when(action.getId()).thenReturn(10_001L);
        when(action.getProjectId()).thenReturn(10_000L);
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(authenticationContext.getLoggedInUser()).thenReturn(user);

        function.execute(new HashMap<>(Map.of("issue", action)), Map.of(), null);

        ArgumentCaptor<ProcessEvent> event = ArgumentCaptor.forClass(ProcessEvent.class);
        verify(log).append(event.capture());
        assertThat(event.getValue()).isEqualTo(new ProcessEvent(ProcessEventType.ACTIONS_COMMITTED, 10_001L,
                10_000L, NOW, "JIRAUSER10100"));
    }

    @Test
    void anAnonymousTransitionIsRecordedWithoutActor() {
        Issue action = mock(Issue.class);
        when(action.getId()).thenReturn(7L);
        when(action.getProjectId()).thenReturn(3L);

        function.execute(Map.of("issue", action), Map.of(), null);

        ArgumentCaptor<ProcessEvent> event = ArgumentCaptor.forClass(ProcessEvent.class);
        verify(log).append(event.capture());
        assertThat(event.getValue().actorKey()).isNull();
        assertThat(event.getValue().issueId()).isEqualTo(7L);
    }

    @Test
    void nothingIsRecordedWithoutAStoredIssue() {
        Issue unsaved = mock(Issue.class);
        when(unsaved.getId()).thenReturn(null);

        function.execute(Map.of("issue", unsaved), Map.of(), null);
        function.execute(new HashMap<>(), Map.of(), null);
        function.execute(null, Map.of(), null);

        verify(log, never()).append(any());
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
}
