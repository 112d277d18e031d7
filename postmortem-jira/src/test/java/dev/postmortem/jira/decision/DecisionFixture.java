package dev.postmortem.jira.decision;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.UserFormatter;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.InMemoryProcessEventLog;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.summary.PostmortemScenario;
import dev.postmortem.testsupport.InMemoryClusterLocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A postmortem (INC-42 of {@link PostmortemScenario}) whose soak has ended, with proposed actions ACT-5 and ACT-6
 * besides the scenario's four, a Jira whose workflow moves an action when {@link IssueService#transition} runs (the
 * status category lives in {@link #categories}, so that a transition is seen by the next read), and our real
 * decision classes over in-memory twins of the storage.
 */
final class DecisionFixture {

    static final long PROJECT = 10000L;
    static final Instant DEBRIEF = Instant.parse("2026-11-20T14:00:00Z");
    static final Instant SOAK_END = Instant.parse("2026-11-22T14:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final int COMMIT_TRANSITION = 31;
    static final int DROP_TRANSITION = 41;
    static final String NOT_DOING = "10300";

    final PostmortemScenario jira = new PostmortemScenario();
    /** The in-memory log of the default fixture; null when the test gave its own store. */
    final InMemoryProcessEventLog log;
    final ProcessEventLog events;
    final DecisionSettingsStore settings;
    final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    final IssueService issueService = mock(IssueService.class);
    final WorkflowTransitions transitions = mock(WorkflowTransitions.class);
    final Map<Long, String> categories = new ConcurrentHashMap<>();
    /** What each validation Jira answered was for: issue id and transition id. */
    final Map<Object, long[]> validated = new ConcurrentHashMap<>();
    final List<IssueInputParameters> inputs = new ArrayList<>();
    final DecidableActions reader;
    final MutableIssue postmortem;
    final MutableIssue act5;
    final MutableIssue act6;

    DecisionFixture() {
        this(new InMemoryProcessEventLog(), new InMemoryDecisionSettingsStore());
    }

    /** A fixture over these stores (the AO stores on H2 or PostgreSQL, or the in-memory twins). */
    DecisionFixture(ProcessEventLog events, DecisionSettingsStore settings) {
        this.events = events;
        this.log = events instanceof InMemoryProcessEventLog inMemory ? inMemory : null;
        this.settings = settings;
        postmortem = jira.inc42();
        MutableIssue act1 = jira.issueManager.getIssueObject("ACT-1");
        act5 = proposed(105L, "ACT-5", "Page the DB owner on pool saturation <b>now</b>");
        act6 = proposed(106L, "ACT-6", "Review every config change twice");
        jira.linkActions(postmortem, act1, jira.issueManager.getIssueObject("ACT-2"),
                jira.issueManager.getIssueObject("ACT-3"), jira.issueManager.getIssueObject("ACT-4"), act5, act6);
        for (String key : List.of("ACT-1", "ACT-2", "ACT-3", "ACT-4")) {
            MutableIssue action = jira.issueManager.getIssueObject(key);
            when(jira.issueManager.getIssueObject(action.getId())).thenReturn(action);
        }
        reader = new DecidableActions(jira.issueLinkManager, jira.lookup, events);
        events.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, PROJECT, DEBRIEF, "alice"));
        events.append(new ProcessEvent(ProcessEventType.SOAK_ENDED, 42L, PROJECT, SOAK_END, null));
        settings.save(PROJECT, new DecisionSettings(5, Optional.of(NOT_DOING)));
        when(transitions.commit(any())).thenReturn(OptionalInt.of(COMMIT_TRANSITION));
        when(transitions.drop(any())).thenReturn(OptionalInt.of(DROP_TRANSITION));
        when(issueService.newIssueInputParameters()).thenAnswer(call -> {
            IssueInputParameters input = mock(IssueInputParameters.class);
            synchronized (inputs) {
                inputs.add(input);
            }
            return input;
        });
        jiraRunsTransitions();
    }

    /** Jira validates every transition and runs it: commit → in progress, drop → done with our resolution. */
    void jiraRunsTransitions() {
        when(issueService.validateTransition(any(), anyLong(), anyInt(), any())).thenAnswer(call -> {
            IssueService.TransitionValidationResult result = mock(IssueService.TransitionValidationResult.class);
            when(result.isValid()).thenReturn(true);
            validated.put(result, new long[] {call.<Long>getArgument(1), call.<Integer>getArgument(2)});
            return result;
        });
        when(issueService.transition(any(), any())).thenAnswer(call -> {
            long[] ran = validated.get(call.getArgument(1));
            categories.put(ran[0], ran[1] == COMMIT_TRANSITION ? "indeterminate" : "done");
            IssueService.IssueResult result = mock(IssueService.IssueResult.class);
            when(result.isValid()).thenReturn(true);
            return result;
        });
    }

    /** Jira refuses every transition with these messages (as for a user without the Transition permission). */
    void jiraRefuses(String... messages) {
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of(messages));
        when(errors.getErrors()).thenReturn(Map.of());
        IssueService.TransitionValidationResult refused = mock(IssueService.TransitionValidationResult.class);
        when(refused.isValid()).thenReturn(false);
        when(refused.getErrorCollection()).thenReturn(errors);
        when(issueService.validateTransition(any(), anyLong(), anyInt(), any())).thenReturn(refused);
    }

    ActionDecider decider(ProcessEventLog events, Duration lockWait) {
        return new ActionDecider(reader, jira.issueManager, issueService, transitions, settings, events, locks,
                jira.messages, Clock.fixed(NOW, ZoneOffset.UTC), lockWait);
    }

    ActionDecider decider() {
        return decider(events, Duration.ofSeconds(5));
    }

    /** The decide view's texts in {@code locale}, dates as Jira formats them for a user in Berlin. */
    DecisionTexts texts(Locale locale) {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        var i18n = JiraTexts.i18nHelper(locale);
        when(authentication.getI18nHelper()).thenReturn(i18n);
        return new DecisionTexts(authentication, new UserFormatter(ZoneId.of("Europe/Berlin")).injected,
                jira.userManager);
    }

    DecideViews views(Locale locale, Instant now) {
        SoakRecords soakRecords = new SoakRecords() {
            @Override
            public SoakPolicy policyFor(long projectId) {
                return jira.soakPolicies.effectiveFor(projectId);
            }

            @Override
            public List<OverrideRecord> overridesFor(long actionIssueId) {
                return List.of();
            }
        };
        return new DecideViews(reader, new ReminderPolicies(settings, soakRecords, ZoneOffset.UTC), texts(locale),
                new IssueUrls(jira.applicationProperties), Clock.fixed(now, ZoneOffset.UTC));
    }

    ApplicationUser caller() {
        return jira.caller;
    }

    private MutableIssue proposed(long id, String key, String summary) {
        MutableIssue issue = mock(MutableIssue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectId()).thenReturn(PROJECT);
        when(issue.getIssueType()).thenReturn(jira.taskType);
        when(issue.getReporterId()).thenReturn("JIRAUSER10100");
        categories.put(id, "new");
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Open");
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenAnswer(call -> categories.get(id));
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getStatus()).thenReturn(status);
        Resolution resolution = mock(Resolution.class);
        when(resolution.getId()).thenAnswer(call -> "done".equals(categories.get(id)) ? NOT_DOING : null);
        when(resolution.getName()).thenReturn("Won't Do");
        when(issue.getResolution()).thenAnswer(call -> "done".equals(categories.get(id)) ? resolution : null);
        when(jira.issueManager.getIssueObject(key)).thenReturn(issue);
        when(jira.issueManager.getIssueObject(id)).thenReturn(issue);
        jira.visible(issue, true);
        return issue;
    }
}
