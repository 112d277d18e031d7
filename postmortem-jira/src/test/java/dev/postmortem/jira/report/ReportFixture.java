package dev.postmortem.jira.report;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.jira.process.ProcessViewFixture;
import dev.postmortem.jira.process.ProjectProcessReport;
import dev.postmortem.jira.storage.ProcessEventType;
import dev.postmortem.jira.summary.PostmortemContent;
import dev.postmortem.jira.narrative.PostmortemFields;
import dev.postmortem.jira.summary.PostmortemScenario;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.storage.InMemoryDecisionSettingsStore;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

import static org.mockito.Mockito.when;

/**
 * A project OPS with postmortems, their linked actions and recorded process, as the process report reads them: the
 * summary's Jira scenario (issues, links, permissions) and the process view's in-memory logs.
 */
final class ReportFixture {

    static final Instant JAN_5 = Instant.parse("2026-01-05T14:00:00Z");

    final PostmortemScenario jira = new PostmortemScenario();
    final ProcessViewFixture log = ProcessViewFixture.english();
    final InMemoryDecisionSettingsStore settings = new InMemoryDecisionSettingsStore();

    ProcessReportResource resource() {
        return new ProcessReportResource(jira.access, rows, statuses);
    }
    final DecidableActions decidable = new DecidableActions(jira.issueLinkManager, jira.lookup, log.events);
    final ProjectProcessReport report = new ProjectProcessReport(log.events, log.processes, jira.issueManager,
            decidable, settings);
    final ProcessReportRows rows = new ProcessReportRows(jira.access, report, jira.issueManager,
            new PostmortemContent(new PostmortemFields(jira.lookup), jira.userManager));
    final Project ops;
    /** "Now" for where the postmortems stand: the end of January 2026. */
    final Clock clock = Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC);
    final PostmortemStatuses statuses = new PostmortemStatuses(jira.access,
            report, jira.issueManager, decidable, settings, jira.lookup,
            new PostmortemFields(jira.lookup), clock);

    ReportFixture() {
        ops = jira.project(ProcessViewFixture.PROJECT_ID, "OPS");
        browsable(true);
    }

    void browsable(boolean browsable) {
        when(jira.permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, jira.caller))
                .thenReturn(browsable);
    }

    static Instant plusHours(Instant at, long hours) {
        return at.plus(Duration.ofHours(hours));
    }

    /** A postmortem of OPS the caller may browse (or not), with a failure class (null: undecided). */
    MutableIssue postmortem(long id, String key, FailureClass failureClass, boolean browsable) {
        MutableIssue issue = jira.issue(id, key, "Postmortem " + key, jira.postmortemType, "Open", "new", null);
        when(issue.getProjectId()).thenReturn(ProcessViewFixture.PROJECT_ID);
        when(jira.issueManager.getIssueObject(id)).thenReturn(issue);
        when(issue.getCustomFieldValue(jira.narrativeField)).thenReturn(NarrativeJson.write(
                new Narrative("What happened.", null, List.of(), List.of(), List.of(), "", failureClass)));
        jira.visible(issue, browsable);
        return issue;
    }

    /** An action in a status category ("new", "indeterminate", "done") with a resolution or none. */
    MutableIssue action(long id, String key, String category, String resolution, boolean browsable) {
        MutableIssue issue = jira.issue(id, key, "Action " + key, jira.taskType, "Status", category, resolution);
        when(jira.issueManager.getIssueObject(id)).thenReturn(issue);
        jira.visible(issue, browsable);
        return issue;
    }

    /**
     * OPS-1 (controllable, debriefed Jan 5, soak 48 h, two visible actions committed 50 h and 70 h after, one
     * dropped, one proposed, one hidden and committed); OPS-2 (novel, debriefed Jan 6, overridden Jan 6 and Feb 2);
     * OPS-3 (undecided class, debriefed Jan 7, no actions); OPS-4 (hidden).
     */
    void threePostmortemsAndAHiddenOne() {
        MutableIssue one = postmortem(1L, "OPS-1", FailureClass.CONTROLLABLE, true);
        MutableIssue two = postmortem(2L, "OPS-2", FailureClass.NOVEL, true);
        postmortem(3L, "OPS-3", null, true);
        postmortem(4L, "OPS-4", FailureClass.NOVEL, false);
        MutableIssue a101 = action(101L, "ACT-101", "indeterminate", null, true);
        MutableIssue a102 = action(102L, "ACT-102", "done", "Done", true);
        MutableIssue a103 = action(103L, "ACT-103", "done", "Won't Do", true);
        MutableIssue a104 = action(104L, "ACT-104", "new", null, true);
        MutableIssue a105 = action(105L, "ACT-105", "indeterminate", null, false);
        MutableIssue a201 = action(201L, "ACT-201", "indeterminate", null, true);
        jira.linkActions(one, a101, a102, a103, a104, a105);
        jira.linkActions(two, a201);
        log.record(ProcessEventType.DEBRIEF_HELD, 1L, JAN_5, "alice");
        log.record(ProcessEventType.SOAK_ENDED, 1L, plusHours(JAN_5, 48), null);
        log.commit(1L, 101L, plusHours(JAN_5, 50), "bob");
        log.commit(1L, 102L, plusHours(JAN_5, 70), "carol");
        log.commit(1L, 105L, plusHours(JAN_5, 49), "carol");
        log.record(ProcessEventType.DEBRIEF_HELD, 2L, plusHours(JAN_5, 24), "alice");
        log.override(201L, 2L, "Hotfix", "admin", plusHours(JAN_5, 30));
        log.override(201L, 2L, "Again", "admin", Instant.parse("2026-02-02T10:00:00Z"));
        log.override(105L, 1L, "Hidden", "admin", plusHours(JAN_5, 30));
        log.commit(2L, 201L, plusHours(JAN_5, 34), "admin");
        log.record(ProcessEventType.DEBRIEF_HELD, 3L, plusHours(JAN_5, 48), "alice");
        log.record(ProcessEventType.DEBRIEF_HELD, 4L, plusHours(JAN_5, 50), "alice");
    }
}
