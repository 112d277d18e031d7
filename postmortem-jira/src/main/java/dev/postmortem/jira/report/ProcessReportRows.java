package dev.postmortem.jira.report;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import dev.postmortem.core.decision.DecisionMetrics;
import dev.postmortem.core.process.Commit;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessMetrics;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.process.ProjectProcessReport;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.summary.PostmortemContent;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The rows of a project's process report for the caller: {@link ProjectProcessReport} decides which postmortems
 * (and says when it is truncated), and each of its entries gets what became of its linked actions the caller may
 * browse ({@link DecidableActions} read them, the core's {@link DecisionMetrics} counts them, with the project's own
 * "not doing" resolution), its narrative's failure class and its overrides' months.
 *
 * <p>Bounded like the report under it: one link read per listed postmortem (at most
 * {@link ProjectProcessReport#MAX_POSTMORTEMS}) and one process-log query for all, and at most
 * {@link #MAX_LINKED_ACTIONS} linked actions counted per request; when the next postmortem would pass that, it and
 * all earlier-debriefed ones are left out and the report says it is truncated, so every row listed is counted in
 * full.
 */
public class ProcessReportRows {

    /** Linked actions counted per request: four per postmortem at the report's postmortem limit. */
    static final int MAX_LINKED_ACTIONS = 4 * ProjectProcessReport.MAX_POSTMORTEMS;

    private final CallerAccess access;
    private final ProjectProcessReport report;
    private final IssueManager issueManager;
    private final DecidableActions actions;
    private final DecisionSettingsStore settings;
    private final PostmortemContent content;

    public ProcessReportRows(CallerAccess access, ProjectProcessReport report, IssueManager issueManager,
            DecidableActions actions, DecisionSettingsStore settings, PostmortemContent content) {
        this.access = Objects.requireNonNull(access, "access");
        this.report = Objects.requireNonNull(report, "report");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** The report of a project the caller may browse (check it first: {@link CallerAccess#visibleProject}). */
    public ProcessReportView of(Project project, ProcessPeriod period) {
        // The same predicates as GET /process/project/{key}: the issue type resolved once per request.
        Predicate<Issue> isPostmortem = access.postmortemCheck();
        ProjectProcessReport.Report answer = report.of(project.getId(), period,
                issue -> isPostmortem.test(issue) && access.mayBrowse(issue), access::mayBrowse);
        boolean truncated = answer.truncated();
        List<ProjectProcessReport.Entry> newestFirst = new ArrayList<>(answer.postmortems());
        java.util.Collections.reverse(newestFirst);
        List<ReportRow> rows = new ArrayList<>();
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        int linkedActions = 0;
        Map<Long, Issue> issues = new java.util.LinkedHashMap<>();
        for (ProjectProcessReport.Entry entry : newestFirst) {
            Issue issue = issueManager.getIssueObject(entry.issueId());
            if (issue != null) {
                issues.put(entry.issueId(), issue);
            }
        }
        // One process-log query for all of them; all of one project, so its "not doing" resolution is read once.
        Optional<String> notDoing = settings.forProject(project.getId()).notDoingResolutionId();
        Map<Long, DecidableActions.Read> reads = actions.of(issues.values(), access::mayBrowse,
                projectId -> notDoing);
        for (ProjectProcessReport.Entry entry : newestFirst) {
            DecidableActions.Read read = reads.get(entry.issueId());
            if (read == null) {
                continue;
            }
            linkedActions += read.actions().actions().size();
            if (linkedActions > MAX_LINKED_ACTIONS) {
                truncated = true;
                break;
            }
            rows.add(row(entry, DecisionMetrics.of(List.of(read.actions())), issues.get(entry.issueId())));
            entry.overrideTimes().forEach(at -> months.merge(YearMonth.from(at.atOffset(ZoneOffset.UTC)), 1,
                    Integer::sum));
        }
        java.util.Collections.reverse(rows);
        return new ProcessReportView(project.getKey(), period, rows, truncated, everyMonth(period, months));
    }

    private ReportRow row(ProjectProcessReport.Entry entry, DecisionMetrics decisions, Issue issue) {
        PostmortemProcess process = entry.process();
        Instant heldAt = process.debriefHeldAt().orElse(null);
        Instant soakEnd = process.soakEndedAt().orElse(null);
        Double soakHours = heldAt == null || soakEnd == null ? null
                : ProcessMetrics.hours(Duration.between(heldAt, soakEnd));
        return new ReportRow(entry.key(), heldAt, soakEnd, process.firstCommit().map(Commit::at).orElse(null),
                process.debriefToFirstCommit().map(ProcessMetrics::hours).orElse(null), soakHours,
                ActionTotals.of(decisions), process.overrides(), content.narrative(issue).failureClass());
    }

    /** Every month from the period's first to its last or the last with an override, whichever is later. */
    private static Map<YearMonth, Integer> everyMonth(ProcessPeriod period, TreeMap<YearMonth, Integer> counted) {
        Map<YearMonth, Integer> all = new TreeMap<>();
        YearMonth month = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        if (!counted.isEmpty()) {
            // An override is given after its postmortem's debrief, but an old action may be overridden long after.
            month = counted.firstKey().isBefore(month) ? counted.firstKey() : month;
            last = counted.lastKey().isAfter(last) ? counted.lastKey() : last;
        }
        for (; !month.isAfter(last); month = month.plusMonths(1)) {
            all.put(month, counted.getOrDefault(month, 0));
        }
        return all;
    }
}
