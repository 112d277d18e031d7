package dev.postmortem.jira.process;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.Lookups;
import dev.postmortem.jira.soak.DebriefField;
import dev.postmortem.testsupport.MutableClock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira mocked at its edge for the process-event writers: a Postmortem issue type, a "Debrief held at" field, issues
 * and the issue events Jira publishes for them. Our own lookup and field resolution run for real over the mocks.
 */
final class ProcessFixture {

    static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    static final long PROJECT_ID = 10200L;
    static final Long ISSUE_UPDATED_ID = 2L;

    /** The scheduler's and the listener's clock, moved by the test. */
    final MutableClock clock = new MutableClock(T0);
    final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    final I18nResolver i18nResolver = mock(I18nResolver.class);
    final SetupTexts texts = new SetupTexts(i18nResolver);
    final PostmortemLookup lookup = Lookups.of(issueTypeManager, mock(IssueLinkTypeManager.class),
            customFieldManager, texts);
    final DebriefField debriefField = new DebriefField(lookup);
    final CustomField debriefHeldAt = mock(CustomField.class);
    final IssueType postmortemType = issueType("10500", "Postmortem");
    final IssueType bugType = issueType("1", "Bug");
    private long nextId = 40000L;

    ProcessFixture() {
        names(PostmortemLookup.ISSUE_TYPE_NAME_KEY, "Postmortem");
        names(EnsureDebriefHeldAtField.NAME_KEY, "Debrief held at");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of(bugType, postmortemType));
        when(debriefHeldAt.getId()).thenReturn("customfield_10300");
        when(debriefHeldAt.getName()).thenReturn("Debrief held at");
        @SuppressWarnings("unchecked")
        CustomFieldType<Object, Object> dateTime = mock(CustomFieldType.class);
        when(dateTime.getKey()).thenReturn(EnsureDebriefHeldAtField.DATETIME_TYPE_KEY);
        when(debriefHeldAt.getCustomFieldType()).thenAnswer(invocation -> dateTime);
        when(customFieldManager.getCustomFieldObjectsByName("Debrief held at")).thenReturn(List.of(debriefHeldAt));
        when(customFieldManager.getCustomFieldObject("customfield_10300")).thenReturn(debriefHeldAt);
    }

    /** A Postmortem issue; {@code debriefAt} null = the field is empty. Jira hands date-time values as Timestamps. */
    Issue postmortem(Instant debriefAt) {
        return issue(postmortemType, debriefAt);
    }

    Issue issue(IssueType type, Instant debriefAt) {
        Issue issue = mock(Issue.class);
        long id = nextId++;
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn("PM-" + id);
        when(issue.getProjectId()).thenReturn(PROJECT_ID);
        when(issue.getIssueType()).thenReturn(type);
        setDebrief(issue, debriefAt);
        return issue;
    }

    void setDebrief(Issue issue, Instant debriefAt) {
        when(issue.getCustomFieldValue(debriefHeldAt)).thenReturn(debriefAt == null ? null : Timestamp.from(debriefAt));
    }

    /** The event Jira publishes after {@code userKey} changed the issue (null user: a system change). */
    static IssueEvent event(Issue issue, Long eventTypeId, String userKey) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        if (userKey != null) {
            ApplicationUser user = mock(ApplicationUser.class);
            when(user.getKey()).thenReturn(userKey);
            when(event.getUser()).thenReturn(user);
        }
        return event;
    }

    static IssueEvent updated(Issue issue, String userKey) {
        return event(issue, ISSUE_UPDATED_ID, userKey);
    }

    static IssueEvent deleted(Issue issue) {
        return event(issue, EventType.ISSUE_DELETED_ID, "admin");
    }

    private void names(String key, String name) {
        when(i18nResolver.getText(key)).thenReturn(name);
        when(i18nResolver.getText(any(Locale.class), eq(key))).thenReturn(name);
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

}
