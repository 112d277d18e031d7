package dev.postmortem.jira.process;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
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
import static org.mockito.Mockito.when;

class DebriefListenerTest {

    private final ProcessFixture fx = new ProcessFixture();
    private final InMemoryProcessEventLog log = new InMemoryProcessEventLog();
    private final DebriefListener listener = new DebriefListener(log, fx.lookup, fx.debriefField, fx.clock);

    @Test
    void aPostmortemCreatedWithItsDebriefTimeRecordsTheDebriefAtThatTimeByTheUserWhoSetIt() {
        Issue postmortem = fx.postmortem(T0.minus(Duration.ofHours(3)));

        listener.onIssueEvent(ProcessFixture.event(postmortem, 1L, "JIRAUSER10100"));

        assertThat(log.all()).containsExactly(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(),
                PROJECT_ID, T0.minus(Duration.ofHours(3)), "JIRAUSER10100"));
    }

    @Test
    void aClearedDebriefTimeRecordsWhenItWasClearedAndByWhom() {
        Issue postmortem = fx.postmortem(null);
        // The log appends it only if a debrief was recorded (ProcessEventLog.appendDebriefChange).
        ProcessEvent held = new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(), PROJECT_ID,
                T0.minus(Duration.ofHours(1)), "JIRAUSER10100");
        log.append(held);
        fx.clock.advance(Duration.ofMinutes(7));

        listener.onIssueEvent(ProcessFixture.updated(postmortem, "JIRAUSER10200"));

        assertThat(log.all()).containsExactly(held, new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED,
                postmortem.getId(), PROJECT_ID, T0.plus(Duration.ofMinutes(7)), "JIRAUSER10200"));
    }

    @Test
    void aSystemChangeHasNoActor() {
        Issue postmortem = fx.postmortem(T0);

        listener.onIssueEvent(ProcessFixture.updated(postmortem, null));

        assertThat(log.all()).containsExactly(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, postmortem.getId(),
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

        assertThat(log.all()).isEmpty();
    }

    @Test
    void aDeletedPostmortemsDebriefIsClearedSoNoSoakEndIsRecordedForIt() {
        Issue postmortem = fx.postmortem(T0);
        listener.onIssueEvent(ProcessFixture.updated(postmortem, "JIRAUSER10100"));
        fx.clock.advance(Duration.ofMinutes(5));

        listener.onIssueEvent(ProcessFixture.deleted(postmortem));

        // Its field still holds the debrief time while the delete event is published: the event decides.
        assertThat(log.all()).last().isEqualTo(new ProcessEvent(ProcessEventType.DEBRIEF_CLEARED,
                postmortem.getId(), PROJECT_ID, T0.plus(Duration.ofMinutes(5)), "admin"));
        assertThat(log.debriefsAwaitingSoakEnd(10)).isEmpty();
    }

    @Test
    void withoutThePostmortemTypeOrTheDebriefFieldNothingIsRecorded() {
        Issue postmortem = fx.postmortem(T0);
        when(fx.customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of());
        when(fx.customFieldManager.getCustomFieldObject("customfield_10300")).thenReturn(null);
        listener.onIssueEvent(ProcessFixture.updated(postmortem, "u"));

        when(fx.issueTypeManager.getIssueTypes()).thenReturn(List.of(fx.bugType));
        listener.onIssueEvent(ProcessFixture.updated(postmortem, "u"));

        assertThat(log.all()).isEmpty();
    }

    @Test
    void aValueThatIsNotADateRecordsNothing() {
        Issue postmortem = fx.postmortem(null);
        when(postmortem.getCustomFieldValue(fx.debriefHeldAt)).thenReturn("next Tuesday");

        listener.onIssueEvent(ProcessFixture.updated(postmortem, "u"));

        assertThat(log.all()).isEmpty();
    }

    @Test
    void aStorageFailureNeverFailsTheUsersIssueOperation() {
        Issue postmortem = fx.postmortem(T0);
        // A mock: the test injects a store that throws.
        ProcessEventLog failing = mock(ProcessEventLog.class);
        when(failing.appendDebriefChange(any())).thenThrow(new IllegalStateException("database down"));
        DebriefListener listener = new DebriefListener(failing, fx.lookup, fx.debriefField, fx.clock);

        assertThatCode(() -> listener.onIssueEvent(ProcessFixture.updated(postmortem, "u")))
                .doesNotThrowAnyException();
    }

    @Test
    void theHandlerIsAnAtlassianEventListenerForIssueEvents() throws Exception {
        assertThat(DebriefListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).isTrue();
    }
}
