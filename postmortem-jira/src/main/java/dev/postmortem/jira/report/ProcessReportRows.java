package dev.postmortem.jira.report;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import dev.postmortem.core.decision.DecisionMetrics;
import dev.postmortem.core.process.Commit;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessMetrics;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.process.ProjectProcessReport;
import dev.postmortem.jira.summary.PostmortemContent;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The rows of a project's process report for the caller: {@link ProjectProcessReport} decides which postmortems, what
 * became of their linked actions the caller may browse (its {@link DecisionMetrics}, with the project's own "not
 * doing" resolution) and says when it is truncated; each row adds its narrative's failure class and its overrides'
 * months. Bounded as the report under it is (every action it checks counts towards its limit, so every row listed is
 * counted in full), plus one issue lookup per listed postmortem for its narrative.
 */
public class ProcessReportRows {

    private final CallerAccess access;
    private final ProjectProcessReport report;
    private final IssueManager issueManager;
    private final PostmortemContent content;

    public ProcessReportRows(CallerAccess access, ProjectProcessReport report, IssueManager issueManager,
            PostmortemContent content) {
        this.access = Objects.requireNonNull(access, "access");
        this.report = Objects.requireNonNull(report, "report");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.content = Objects.requireNonNull(content, "content");
    }

    /** The report of a project the caller may browse (check it first: {@link CallerAccess#visibleProject}). */
    public ProcessReportView of(Project project, ProcessPeriod period) {
        // The same predicates as GET /process/project/{key}: the issue type resolved once per request.
        Predicate<Issue> isPostmortem = access.postmortemCheck();
        ProjectProcessReport.Report answer = report.of(project.getId(), period,
                issue -> isPostmortem.test(issue) && access.mayBrowse(issue), access::mayBrowse);
        List<ReportRow> rows = new ArrayList<>();
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        for (ProjectProcessReport.Entry entry : answer.postmortems()) {
            Issue issue = issueManager.getIssueObject(entry.issueId());
            if (issue == null) {
                continue; // deleted since the report read it
            }
            rows.add(row(entry, issue));
            entry.overrideTimes().forEach(at -> months.merge(YearMonth.from(at.atOffset(ZoneOffset.UTC)), 1,
                    Integer::sum));
        }
        return new ProcessReportView(project.getKey(), period, rows, answer.truncated(), everyMonth(period, months));
    }

    private ReportRow row(ProjectProcessReport.Entry entry, Issue issue) {
        DecisionMetrics decisions = entry.decisions();
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
