package dev.postmortem.jira.process;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.UserFormatter;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.Lookups;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryOverrideLog;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.mockito.AdditionalAnswers.delegatesTo;
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
    static final long ACTION_LINK_TYPE_ID = 10100L;

    final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    final I18nHelper i18n;
    final DateTimeFormatter formatter = new UserFormatter(ZoneId.of("Europe/Berlin")).injected;
    final UserManager userManager = mock(UserManager.class);
    final IssueManager issueManager = mock(IssueManager.class);
    final InMemoryProcessEventLog recorded = new InMemoryProcessEventLog();
    final InMemoryOverrideLog recordedOverrides = new InMemoryOverrideLog();
    // Mocks delegating to the twins: the panel's test counts the reads (one per view) and injects a failing read.
    public final ProcessEventLog events = mock(ProcessEventLog.class, delegatesTo(recorded));
    final OverrideLog overrides = mock(OverrideLog.class, delegatesTo(recordedOverrides));
    public final PostmortemProcesses processes = new PostmortemProcesses(events, overrides);
    public final ProcessTexts texts;
    /** Postmortems' linked actions (none unless a test links some) and the decision settings, for the decision rows. */
    public final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    public final InMemoryDecisionSettingsStore decisionSettings = new InMemoryDecisionSettingsStore();
    public final DecidableActions decidableActions;

    public ProcessViewFixture(Locale locale) {
        i18n = JiraTexts.i18nHelper(locale);
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        texts = new ProcessTexts(authenticationContext, formatter, userManager);
        IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
        IssueLinkType actionLinks = mock(IssueLinkType.class);
        when(actionLinks.getId()).thenReturn(ACTION_LINK_TYPE_ID);
        when(linkTypes.getIssueLinkTypesByName("Postmortem action")).thenReturn(List.of(actionLinks));
        PostmortemLookup lookup = Lookups.of(mock(IssueTypeManager.class), linkTypes, mock(CustomFieldManager.class),
                new SetupTexts(JiraTexts.english()));
        decidableActions = new DecidableActions(issueLinkManager, lookup, events);
    }

    /** The process panel over this fixture at {@code now}. */
    public ProcessPanel panel(Instant now) {
        return new ProcessPanel(processes, issueManager, texts, Clock.fixed(now, ZoneOffset.UTC), decidableActions,
                decisionSettings);
    }

    /** The process report over this fixture. */
    public ProjectProcessReport report() {
        return new ProjectProcessReport(events, processes, issueManager, decidableActions, decisionSettings);
    }

    /** Links these actions to the postmortem as its actions (replacing earlier links), in this order. */
    public void link(long postmortemId, MutableIssue... actions) {
        List<IssueLink> links = new ArrayList<>();
        for (MutableIssue action : actions) {
            IssueLink link = mock(IssueLink.class);
            when(link.getLinkTypeId()).thenReturn(ACTION_LINK_TYPE_ID);
            when(link.getDestinationObject()).thenReturn(action);
            links.add(link);
        }
        when(issueLinkManager.getOutwardLinks(postmortemId)).thenReturn(links);
    }

    /**
     * An action issue in a state: Jira's status category key ("new", "indeterminate", "done") and, for "done", the
     * resolution's name (null for none).
     */
    public MutableIssue action(long id, String key, String category, String resolutionName) {
        MutableIssue action = issue(id, key);
        Status status = mock(Status.class);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        when(action.getStatus()).thenReturn(status);
        if (resolutionName != null) {
            Resolution resolution = mock(Resolution.class);
            when(resolution.getName()).thenReturn(resolutionName);
            when(action.getResolution()).thenReturn(resolution);
        }
        return action;
    }

    /** The drop of {@code actionId} at the decision after the soak, with its reason, as the decide view records it. */
    public void drop(long postmortemId, long actionId, Instant at, String actorKey, String reason) {
        recorded.append(ProcessEvent.actionDropped(postmortemId, PROJECT_ID, at, actorKey, actionId, reason));
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

    public MutableIssue issue(long id, String key) {
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
