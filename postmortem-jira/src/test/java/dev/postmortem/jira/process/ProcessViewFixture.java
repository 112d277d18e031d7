package dev.postmortem.jira.process;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.storage.InMemoryOverrideLog;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The process view over Jira mocked at its edge: the plugin's real bundles behind Jira's i18n helper (en or de), a
 * user in Berlin whose complete date-time format is {@code dd/MMM/yy h:mm a}, users known by key, issues by id. The
 * process-event log and the override log are the in-memory twins, which pass the storage contract tests; what the
 * test records here goes straight into them. Public for the postmortem panel's test.
 */
public final class ProcessViewFixture {

    public static final long PROJECT_ID = 10000L;

    final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    final I18nHelper i18n;
    final DateTimeFormatter formatter = mock(DateTimeFormatter.class);
    final UserManager userManager = mock(UserManager.class);
    final IssueManager issueManager = mock(IssueManager.class);
    final InMemoryProcessEventLog recorded = new InMemoryProcessEventLog();
    final InMemoryOverrideLog recordedOverrides = new InMemoryOverrideLog();
    // Mocks delegating to the twins: the panel's test counts the reads (one per view) and injects a failing read.
    public final ProcessEventLog events = mock(ProcessEventLog.class, delegatesTo(recorded));
    final OverrideLog overrides = mock(OverrideLog.class, delegatesTo(recordedOverrides));
    public final PostmortemProcesses processes = new PostmortemProcesses(events, overrides);
    public final ProcessTexts texts;

    public ProcessViewFixture(Locale locale) {
        i18n = JiraTexts.i18nHelper(locale);
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        DateTimeFormatter forUser = mock(DateTimeFormatter.class);
        DateTimeFormatter complete = mock(DateTimeFormatter.class);
        java.time.format.DateTimeFormatter pattern = java.time.format.DateTimeFormatter
                .ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH).withZone(ZoneId.of("Europe/Berlin"));
        when(formatter.forLoggedInUser()).thenReturn(forUser);
        when(forUser.withStyle(DateTimeStyle.COMPLETE)).thenReturn(complete);
        when(complete.format(any(Date.class)))
                .thenAnswer(invocation -> pattern.format(invocation.<Date>getArgument(0).toInstant()));
        texts = new ProcessTexts(authenticationContext, formatter, userManager);
    }

    public static ProcessViewFixture english() {
        return new ProcessViewFixture(Locale.ENGLISH);
    }

    public void record(ProcessEventType type, long issueId, Instant at, String actorKey) {
        record(type, issueId, PROJECT_ID, at, actorKey);
    }

    public void record(ProcessEventType type, long issueId, long projectId, Instant at, String actorKey) {
        recorded.append(new ProcessEvent(type, issueId, projectId, at, actorKey));
    }

    /** The commit of {@code actionId} as the post-function records it for the postmortem. */
    public void commit(long postmortemId, long actionId, Instant at, String actorKey) {
        recorded.append(ProcessEvent.actionsCommitted(postmortemId, PROJECT_ID, at, actorKey, actionId));
    }

    public void override(long actionId, long postmortemId, String reason, String byUserKey, Instant at) {
        recordedOverrides.record(actionId, postmortemId, new SoakOverride(reason, byUserKey, at), null);
    }

    /** An override that was revoked an hour after it was given. */
    public void revokedOverride(long actionId, long postmortemId, String reason, String byUserKey, Instant at) {
        OverrideRecord given = recordedOverrides.record(actionId, postmortemId, new SoakOverride(reason, byUserKey, at),
                null);
        recordedOverrides.revoke(given.id(), byUserKey, at.plusSeconds(3600));
    }

    public ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class, displayName);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }

    MutableIssue issue(long id, String key) {
        return issue(id, key, PROJECT_ID);
    }

    MutableIssue issue(long id, String key, long projectId) {
        MutableIssue issue = mock(MutableIssue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getProjectId()).thenReturn(projectId);
        when(issueManager.getIssueObject(id)).thenReturn(issue);
        return issue;
    }
}
