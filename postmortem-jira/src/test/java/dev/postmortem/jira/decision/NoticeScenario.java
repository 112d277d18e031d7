package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.IssueUrls;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.process.SoakEndJob;
import dev.postmortem.jira.soak.SoakRecords;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;
import dev.postmortem.jira.storage.NoticeLedger;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.summary.PostmortemScenario;
import dev.postmortem.testsupport.MutableClock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A postmortem whose soak is about to end, with Jira mocked at its edge (issues, links, users, permissions from
 * {@link PostmortemScenario}) and everything of ours real: the process log and notice ledger given by the test (twins
 * or Active Objects), the soak-end job, the decision reader, the mail writer, the sender and the notice job.
 *
 * <p>INC-42 "Checkout outage" is owned by Olivia (its assignee; Rudi reported it). Its actions: ACT-1 assigned to
 * Jürgen (reads German), ACT-2 assigned to Ada, ACT-3 unassigned with a hostile summary, all proposed; ACT-4 already
 * committed. Debrief Monday 2026-11-23 09:00 UTC; the default soak (two business days) ends Wednesday 09:00; the
 * default reminder (five business days) is due Wednesday 2026-12-02 09:00.
 */
final class NoticeScenario {

    static final long PROJECT = 10000L;
    static final long POSTMORTEM = 42L;
    static final Instant DEBRIEF = Instant.parse("2026-11-23T09:00:00Z");
    static final Instant SOAK_END = Instant.parse("2026-11-25T09:00:00Z");
    static final Instant REMINDER_DUE = Instant.parse("2026-12-02T09:00:00Z");
    static final String OLIVIA = "JIRAUSER10001";
    static final String RUDI = "JIRAUSER10002";
    static final String JUERGEN = "JIRAUSER10100";
    static final String ADA = "JIRAUSER10101";
    static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";

    final PostmortemScenario jira = new PostmortemScenario();
    final MutableClock clock = new MutableClock(DEBRIEF);
    final ProcessEventLog log;
    final NoticeLedger ledger;
    final InMemoryDecisionSettingsStore settings = new InMemoryDecisionSettingsStore();
    final SoakRecords soakRecords = mock(SoakRecords.class);
    final RecordingMail mail = new RecordingMail();
    final MutableIssue postmortem;
    final MutableIssue act1;
    final MutableIssue act2;
    final MutableIssue act3;
    final MutableIssue act4;
    final ApplicationUser olivia = user(OLIVIA, "Olivia Owner");
    final ApplicationUser juergen = user(JUERGEN, "Jürgen Weiß");
    final ApplicationUser ada = user(ADA, "Ada Lovelace");
    private OptionalFeatures features = TestFeatures.allOn();

    NoticeScenario(ProcessEventLog log, NoticeLedger ledger) {
        this.log = log;
        this.ledger = ledger;
        user(RUDI, "Rudi Reporter");
        when(soakRecords.policyFor(PROJECT)).thenReturn(SoakPolicy.DEFAULT);
        when(jira.permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Issue.class),
                any(ApplicationUser.class))).thenReturn(true);
        mail.speaks(JUERGEN, Locale.GERMAN);

        postmortem = jira.issue(POSTMORTEM, "INC-42", "Checkout outage", jira.postmortemType, "Open", "new", null);
        when(postmortem.getProjectId()).thenReturn(PROJECT);
        when(postmortem.getAssigneeId()).thenReturn(OLIVIA);
        when(postmortem.getReporterId()).thenReturn(RUDI);
        when(jira.issueManager.getIssueObject(Long.valueOf(POSTMORTEM))).thenReturn(postmortem);
        act1 = action(101L, "ACT-1", "Add a pool-size check to the config linter", "new", JUERGEN);
        act2 = action(102L, "ACT-2", "Alert on DB connection saturation", "new", ADA);
        act3 = action(103L, "ACT-3", HOSTILE, "new", null);
        act4 = action(104L, "ACT-4", "Document the rollback", "indeterminate", ADA);
        jira.linkActions(postmortem, act1, act2, act3, act4);
    }

    /** Jira without its mail queue (or with it back). */
    void mailQueuePresent(boolean present) {
        features = present ? TestFeatures.allOn() : TestFeatures.without("com.atlassian.mail.queue.MailQueue");
    }

    /** The action moved to an "in progress" status: committed, no longer awaiting a decision. */
    void commit(MutableIssue action) {
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn("indeterminate");
        when(status.getStatusCategory()).thenReturn(category);
        when(action.getStatus()).thenReturn(status);
    }

    void mayNotBrowse(ApplicationUser user, Issue issue) {
        when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)).thenReturn(false);
    }

    /** The debrief is recorded as the listener records it, and the soak-end job runs once the soak has ended. */
    void debriefAndSoakEnd() {
        log.appendDebriefChange(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, POSTMORTEM, PROJECT, DEBRIEF, OLIVIA));
        clock.set(SOAK_END.plusSeconds(60));
        new SoakEndJob(log, soakRecords, clock).run(() -> false);
    }

    /** One node's notice job: its own sender and reader, over the shared log, ledger and Jira. */
    DecisionNoticeJob job() {
        return new DecisionNoticeJob(log, jira.issueManager, new DecidableActions(jira.issueLinkManager, jira.lookup, log),
                new ReminderPolicies(settings, soakRecords, ZoneOffset.UTC),
                new NoticeSender(ledger, mail, new DecisionMail(new IssueUrls(jira.applicationProperties)),
                        jira.userManager, jira.permissionManager, clock),
                ledger, features, clock);
    }

    DecisionNoticeJob.Result run() {
        return job().run(() -> false);
    }

    List<ProcessEvent> reminded() {
        return log.forIssuesInRecordOrder(List.of(POSTMORTEM)).stream()
                .filter(e -> e.type() == ProcessEventType.DECISION_REMINDED).toList();
    }

    private MutableIssue action(long id, String key, String summary, String category, String assignee) {
        MutableIssue action = jira.issue(id, key, summary, jira.taskType, "Status", category, null);
        when(action.getAssigneeId()).thenReturn(assignee);
        when(action.getProjectId()).thenReturn(PROJECT);
        return action;
    }

    private ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class, name);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(user.isActive()).thenReturn(true);
        when(user.getEmailAddress()).thenReturn(key.toLowerCase(Locale.ROOT) + "@example.com");
        when(jira.userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }
}
