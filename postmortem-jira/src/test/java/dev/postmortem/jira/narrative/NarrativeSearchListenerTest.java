package dev.postmortem.jira.narrative;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.Lookups;
import dev.postmortem.jira.storage.InMemoryNarrativeTextIndex;
import dev.postmortem.jira.storage.NarrativeTextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * The search text follows Jira's issue events. Jira (event publisher, events, issues, field and issue type managers)
 * is mocked at its edge; our lookup of the Postmortem type and of the narrative field runs for real over the mocks.
 */
class NarrativeSearchListenerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:30Z");
    /** Jira's ids of "Issue Updated" and "Issue Commented" (the stub has only the deleted id). */
    private static final Long ISSUE_UPDATED_ID = 2L;
    private static final Long ISSUE_COMMENTED_ID = 6L;
    private static final String FIELD_ID = "customfield_10400";

    private final InMemoryNarrativeTextIndex index = new InMemoryNarrativeTextIndex();
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final CustomField narrativeField = mock(CustomField.class);
    private final IssueType postmortemType = issueType("10500", "Postmortem");
    private final IssueType bugType = issueType("1", "Bug");
    private final Logger log = mock(Logger.class);
    private PostmortemLookup lookup;
    private NarrativeSearchListener listener;

    @BeforeEach
    void setUp() {
        name(PostmortemLookup.ISSUE_TYPE_NAME_KEY, "Postmortem");
        name(EnsureNarrativeField.NAME_KEY, "Debrief narrative");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(bugType, postmortemType));
        @SuppressWarnings("unchecked")
        CustomFieldType<Object, Object> type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(EnsureNarrativeField.TYPE_KEY);
        when(narrativeField.getId()).thenReturn(FIELD_ID);
        when(narrativeField.getCustomFieldType()).thenAnswer(invocation -> type);
        when(customFieldManager.getCustomFieldObjectsByName("Debrief narrative")).thenReturn(List.of(narrativeField));
        when(customFieldManager.getCustomFieldObject(FIELD_ID)).thenReturn(narrativeField);

        SetupTexts texts = new SetupTexts(i18n);
        lookup = Lookups.remembering(issueTypeManager, mock(IssueLinkTypeManager.class),
                customFieldManager, texts, Map.of(EnsureNarrativeField.SPEC.role(), FIELD_ID));
        listener = listenerOver(index);
    }

    private NarrativeSearchListener listenerOver(NarrativeTextIndex index) {
        return new NarrativeSearchListener(eventPublisher,
                new NarrativeSearchText(index, Clock.fixed(NOW, ZoneOffset.UTC)),
                lookup, new PostmortemFields(lookup), log);
    }

    /** The entry the index holds for the issue, in its searchable form. */
    private static String indexed(String plainText) {
        return NarrativeTextIndex.searchable(plainText);
    }

    private void name(String key, String name) {
        when(i18n.getText(key)).thenReturn(name);
        when(i18n.getText(any(Locale.class), eq(key))).thenReturn(name);
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    private Issue issue(long id, IssueType type, Object narrative) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn("PM-" + id);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getCustomFieldValue(narrativeField)).thenReturn(narrative);
        return issue;
    }

    private static IssueEvent event(Issue issue, Long eventTypeId) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        return event;
    }

    @Test
    void anEventOfAPostmortemWritesItsNarrativesPlainText() {
        listener.onIssueEvent(event(issue(30001L, postmortemType, NarrativeFixtures.richJson()), ISSUE_UPDATED_ID));

        String plain = NarrativeText.plainText(NarrativeFixtures.rich());
        assertThat(index.textOf(30001L)).isEqualTo(indexed(plain));
        assertThat(index.writtenAt(30001L)).isEqualTo(NOW);
        assertThat(plain).doesNotContain("whyItMadeSense").doesNotContain("{");
    }

    @Test
    void anyEventWritesTheTextSoAPostmortemWithoutAnEntryGetsOneOnItsNextEvent() {
        // Created, commented, transitioned, or saved before this version: whatever the event, the text is compared.
        listener.onIssueEvent(event(issue(30001L, postmortemType, NarrativeFixtures.minimalJson()), 1L));
        listener.onIssueEvent(event(issue(30002L, postmortemType, NarrativeFixtures.minimalJson()),
                ISSUE_COMMENTED_ID));
        listener.onIssueEvent(event(issue(30003L, postmortemType, NarrativeFixtures.minimalJson()), null));

        String plain = NarrativeSearchText.plainText(NarrativeFixtures.minimalJson());
        for (long id : new long[] {30001L, 30002L, 30003L}) {
            assertThat(index.textOf(id)).as("issue %d", id).isEqualTo(indexed(plain));
            assertThat(index.writtenAt(id)).as("issue %d", id).isEqualTo(NOW);
        }
    }

    @Test
    void aValueThatNoLongerReadsIsStoredAsItIs() {
        listener.onIssueEvent(event(issue(30001L, postmortemType, "{ not a narrative: failover"), ISSUE_UPDATED_ID));

        assertThat(index.textOf(30001L)).isEqualTo("{ not a narrative: failover");
        assertThat(index.writtenAt(30001L)).isEqualTo(NOW);
    }

    @Test
    void aClearedNarrativeRemovesTheEntry() {
        index.put(30001L, "failover", NOW.minusSeconds(60));
        index.put(30002L, "failover", NOW.minusSeconds(60));

        listener.onIssueEvent(event(issue(30001L, postmortemType, null), ISSUE_UPDATED_ID));
        listener.onIssueEvent(event(issue(30002L, postmortemType, "  "), ISSUE_UPDATED_ID));

        assertThat(index.textOf(30001L)).isNull();
        assertThat(index.textOf(30002L)).isNull();
    }

    @Test
    void aDeletedIssueLosesItsEntryWhateverItsType() {
        index.put(30001L, "failover", NOW.minusSeconds(60));
        index.put(30002L, "failover", NOW.minusSeconds(60));

        listener.onIssueEvent(event(issue(30001L, postmortemType, NarrativeFixtures.richJson()),
                EventType.ISSUE_DELETED_ID));
        listener.onIssueEvent(event(issue(30002L, bugType, null), EventType.ISSUE_DELETED_ID));

        assertThat(index.textOf(30001L)).isNull();
        assertThat(index.textOf(30002L)).isNull();
    }

    @Test
    void otherIssueTypesUnsavedIssuesAndAMissingFieldCostNothing() {
        // Entries with other text than the events carry: any write or removal would show.
        for (long id = 30001L; id <= 30004L; id++) {
            index.put(id, "before", NOW.minusSeconds(60));
        }

        listener.onIssueEvent(event(issue(30001L, bugType, NarrativeFixtures.richJson()), ISSUE_UPDATED_ID));
        listener.onIssueEvent(event(issue(30002L, null, NarrativeFixtures.richJson()), ISSUE_UPDATED_ID));
        Issue unsaved = issue(30003L, postmortemType, NarrativeFixtures.richJson());
        when(unsaved.getId()).thenReturn(null);
        listener.onIssueEvent(event(unsaved, ISSUE_UPDATED_ID));
        listener.onIssueEvent(event(unsaved, EventType.ISSUE_DELETED_ID));
        listener.onIssueEvent(event(null, ISSUE_UPDATED_ID));

        when(customFieldManager.getCustomFieldObject(FIELD_ID)).thenReturn(null);
        listener.onIssueEvent(event(issue(30004L, postmortemType, NarrativeFixtures.richJson()), ISSUE_UPDATED_ID));

        for (long id = 30001L; id <= 30004L; id++) {
            assertThat(index.textOf(id)).as("issue %d", id).isEqualTo("before");
            assertThat(index.writtenAt(id)).as("issue %d", id).isEqualTo(NOW.minusSeconds(60));
        }
        assertThat(index.matching(List.of("e"), NarrativeTextIndex.MAX_IDS)).hasSize(4);
    }

    @Test
    void theFieldIsFoundByTheIdSetupRememberedNeverByName() {
        listener.onIssueEvent(event(issue(30001L, postmortemType, NarrativeFixtures.minimalJson()), ISSUE_UPDATED_ID));
        listener.onIssueEvent(event(issue(30002L, postmortemType, NarrativeFixtures.minimalJson()), ISSUE_UPDATED_ID));
        listener.onIssueEvent(event(issue(30003L, postmortemType, NarrativeFixtures.minimalJson()), ISSUE_UPDATED_ID));

        verify(customFieldManager, never()).getCustomFieldObjectsByName(anyString());
        for (long id = 30001L; id <= 30003L; id++) {
            assertThat(index.writtenAt(id)).as("issue %d", id).isEqualTo(NOW);
        }
    }

    @Test
    void aDeletedFieldIsNotReplacedByANamesakeBehindSetupsBack() {
        listener.onIssueEvent(event(issue(30001L, postmortemType, NarrativeFixtures.minimalJson()), ISSUE_UPDATED_ID));
        CustomField recreated = mock(CustomField.class);
        when(recreated.getId()).thenReturn("customfield_10999");
        when(recreated.getCustomFieldType()).thenAnswer(invocation -> narrativeField.getCustomFieldType());
        when(customFieldManager.getCustomFieldObject(FIELD_ID)).thenReturn(null);
        when(customFieldManager.getCustomFieldObjectsByName("Debrief narrative")).thenReturn(List.of(recreated));
        Issue issue = issue(30002L, postmortemType, null);
        when(issue.getCustomFieldValue(recreated)).thenReturn(NarrativeFixtures.richJson());

        listener.onIssueEvent(event(issue, ISSUE_UPDATED_ID));

        // Setup adopts or creates the successor on its next run and remembers it (RememberedIdsTest).
        assertThat(index.textOf(30002L)).isNull();
    }

    @Test
    void aTableThatCannotBeWrittenIsLoggedNeverThrownWithTheStackTraceOnce() {
        // A mock: the test injects a table that cannot be written.
        NarrativeTextIndex index = mock(NarrativeTextIndex.class);
        doThrow(new IllegalStateException("database down")).when(index).put(anyLong(), anyString(), any());
        doThrow(new IllegalStateException("database down")).when(index).remove(anyLong());
        NarrativeSearchListener listener = listenerOver(index);

        assertThatCode(() -> {
            listener.onIssueEvent(event(issue(30001L, postmortemType, NarrativeFixtures.richJson()), ISSUE_UPDATED_ID));
            listener.onIssueEvent(event(issue(30002L, postmortemType, null), ISSUE_UPDATED_ID));
            listener.onIssueEvent(event(issue(30003L, postmortemType, null), EventType.ISSUE_DELETED_ID));
        }).doesNotThrowAnyException();

        verify(log).warn(contains("could not be updated"), eq("PM-30001"), any(IllegalStateException.class));
        verify(log).warn(contains("could not be updated"), eq("PM-30002"),
                eq("java.lang.IllegalStateException: database down"));
        verify(log).warn(contains("deleted issue"), eq("PM-30003"),
                eq("java.lang.IllegalStateException: database down"));
        verifyNoMoreInteractions(log);
    }

    @Test
    void aFailingIssueReadIsLoggedNeverThrown() {
        index.put(30001L, "failover", NOW.minusSeconds(60));
        Issue issue = issue(30001L, postmortemType, null);
        when(issue.getCustomFieldValue(narrativeField)).thenThrow(new IllegalStateException("no connection"));

        assertThatCode(() -> listener.onIssueEvent(event(issue, ISSUE_UPDATED_ID))).doesNotThrowAnyException();

        // An unread value is not an empty one: the entry stays.
        assertThat(index.textOf(30001L)).isEqualTo("failover");
        verify(log).warn(contains("could not be updated"), eq("PM-30001"), any(IllegalStateException.class));
    }

    @Test
    void registersItselfOnStartAndUnregistersOnStop() throws Exception {
        listener.onStart();
        verify(eventPublisher).register(listener);

        listener.onStop();
        verify(eventPublisher).unregister(listener);

        assertThat(NarrativeSearchListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .isAnnotationPresent(EventListener.class)).as("the publisher finds the method by its annotation")
                .isTrue();
    }
}
