package dev.postmortem.jira.narrative;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The deleted issue's search text goes; the event publisher and events are Jira's, mocked at the edge. */
class NarrativeSearchCleanupTest {

    /** Jira's id of "Issue Updated" (the stub has only the deleted id). */
    private static final Long ISSUE_UPDATED_ID = 2L;

    private NarrativeTextIndex index;
    private EventPublisher eventPublisher;
    private NarrativeSearchCleanup cleanup;

    @BeforeEach
    void setUp() {
        index = mock(NarrativeTextIndex.class);
        eventPublisher = mock(EventPublisher.class);
        cleanup = new NarrativeSearchCleanup(eventPublisher,
                new NarrativeSearchText(index, Clock.fixed(Instant.parse("2026-03-02T09:15:30Z"), ZoneOffset.UTC)));
    }

    private static IssueEvent event(Long issueId, Long eventTypeId) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        return event;
    }

    @Test
    void aDeletedIssueLosesItsSearchText() {
        cleanup.onIssueEvent(event(30001L, EventType.ISSUE_DELETED_ID));

        verify(index).remove(30001L);
    }

    @Test
    void otherEventsLeaveTheTableAlone() {
        cleanup.onIssueEvent(event(30001L, ISSUE_UPDATED_ID));
        cleanup.onIssueEvent(event(30001L, null));
        cleanup.onIssueEvent(event(null, EventType.ISSUE_DELETED_ID));

        verifyNoInteractions(index);
    }

    @Test
    void aTableThatCannotBeWrittenNeverFailsTheDeletion() {
        doThrow(new IllegalStateException("database down")).when(index).remove(anyLong());

        assertThatCode(() -> {
            cleanup.onIssueEvent(event(30001L, EventType.ISSUE_DELETED_ID));
            cleanup.onIssueEvent(event(30002L, EventType.ISSUE_DELETED_ID));
        }).doesNotThrowAnyException();
        verify(index).remove(30002L);
    }

    @Test
    void registersItselfOnStartAndUnregistersOnStop() throws Exception {
        cleanup.onStart();
        verify(eventPublisher).register(cleanup);

        cleanup.onStop();
        verify(eventPublisher).unregister(cleanup);

        assertThat(NarrativeSearchCleanup.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).as("the publisher finds the method by its annotation").isTrue();
    }
}
