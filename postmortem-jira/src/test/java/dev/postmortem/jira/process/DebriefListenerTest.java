package dev.postmortem.jira.process;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.postmortem.jira.process.ProcessFixture.PROJECT_ID;
import static dev.postmortem.jira.process.ProcessFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DebriefListenerTest {

    private final ProcessFixture fx = new ProcessFixture();
    private final ProcessEventLog log = mock(ProcessEventLog.class);
    private final DebriefListener listener = new DebriefListener(log, fx.lookup, fx.debriefField, fx.clock);

    @Test
    void aPostmortemCreatedWithItsDebriefTimeRecordsTheDebriefAtThatTimeByTheUserWhoSetIt() {
        Issue postmortem = fx.postmortem(T0.minus(Duration.ofHours(3)));

        listener.onIssueEvent(ProcessFixture.event(postmortem, 1L, "JIRAUSER10100"));

        verify(log).appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(),
                PROJECT_ID, T0.minus(Duration.ofHours(3)), "JIRAUSER10100"));
    }

    @Test
    void aClearedDebriefTimeRecordsWhenItWasClearedAndByWhom() {
        Issue postmortem = fx.postmortem(null);
        fx.clock.advance(Duration.ofMinutes(7));

        listener.onIssueEvent(ProcessFixture.updated(postmortem, "JIRAUSER10200"));

        // The log appends it only if a debrief was recorded (ProcessEventLog.appendDebriefChange).
        verify(log).appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED, postmortem.getId(),
                PROJECT_ID, T0.plus(Duration.ofMinutes(7)), "JIRAUSER10200"));
    }

    @Test
    void aSystemChangeHasNoActor() {
        Issue postmortem = fx.postmortem(T0);

        listener.onIssueEvent(ProcessFixture.updated(postmortem, null));

        verify(log).appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(),
                PROJECT_ID, T0, null));
    }

    @Test
    void otherIssueTypesAndUnsavedIssuesRecordNothing() {
        listener.onIssueEvent(ProcessFixture.updated(fx.issue(fx.bugType, T0), "u"));
        listener.onIssueEvent(ProcessFixture.updated(fx.issue(null, T0), "u"));
        listener.onIssueEvent(ProcessFixture.deleted(fx.issue(fx.bugType, T0)));
        listener.onIssueEvent(ProcessFixture.updated(null, "u"));
        Issue unsaved = fx.postmortem(T0);
        when(unsaved.getId()).thenReturn(null);
        listener.onIssueEvent(ProcessFixture.updated(unsaved, "u"));

        verifyNoInteractions(log);
    }

    @Test
    void aDeletedPostmortemsDebriefIsClearedSoNoSoakEndIsRecordedForIt() {
        Issue postmortem = fx.postmortem(T0);
        fx.clock.advance(Duration.ofMinutes(5));

        listener.onIssueEvent(ProcessFixture.deleted(postmortem));

        // Its field still holds the debrief time while the delete event is published: the event decides.
        verify(log).appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED, postmortem.getId(),
                PROJECT_ID, T0.plus(Duration.ofMinutes(5)), "admin"));
    }

    @Test
    void withoutThePostmortemTypeOrTheDebriefFieldNothingIsRecorded() {
        Issue postmortem = fx.postmortem(T0);
        when(fx.customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of());
        when(fx.customFieldManager.getCustomFieldObject("customfield_10300")).thenReturn(null);
        listener.onIssueEvent(ProcessFixture.updated(postmortem, "u"));

        when(fx.issueTypeManager.getIssueTypes()).thenReturn(List.of(fx.bugType));
        listener.onIssueEvent(ProcessFixture.updated(postmortem, "u"));

        verifyNoInteractions(log);
    }

    @Test
    void aValueThatIsNotADateRecordsNothing() {
        Issue postmortem = fx.postmortem(null);
        when(postmortem.getCustomFieldValue(fx.debriefHeldAt)).thenReturn("next Tuesday");

        listener.onIssueEvent(ProcessFixture.updated(postmortem, "u"));

        verifyNoInteractions(log);
    }

    @Test
    void aStorageFailureNeverFailsTheUsersIssueOperation() {
        Issue postmortem = fx.postmortem(T0);
        when(log.appendDebriefChange(any())).thenThrow(new IllegalStateException("database down"));

        assertThatCode(() -> listener.onIssueEvent(ProcessFixture.updated(postmortem, "u")))
                .doesNotThrowAnyException();
    }

    @Test
    void theHandlerIsAnAtlassianEventListenerForIssueEvents() throws Exception {
        assertThat(DebriefListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }
}
