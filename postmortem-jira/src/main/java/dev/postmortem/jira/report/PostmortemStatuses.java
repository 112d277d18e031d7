package dev.postmortem.jira.report;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import dev.postmortem.core.decision.PostmortemActions;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.narrative.PostmortemFields;
import dev.postmortem.jira.process.ProjectProcessReport;
import dev.postmortem.jira.storage.DecisionSettingsStore;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a project's postmortems stand, for the dashboard item: those soaking (debriefed, soak not yet ended) and
 * those awaiting a decision (soak ended, actions still proposed with no decision recorded: the core's
 * {@link PostmortemActions#awaitingDecisionAt}), newest debrief first.
 *
 * <p>Both come from the process log through {@link ProjectProcessReport} over the last {@link ProcessPeriod#MAX_DAYS}
 * days (its limits and visibility rules: hidden postmortems and actions count nowhere). Postmortems awaiting their
 * debrief have no process event yet, so the log cannot list them; the answer carries the JQL that finds them
 * (project, the Postmortem issue type as setup made it, "Debrief held at" empty, not done), which the dashboard
 * item runs through Jira's own search with the viewer's permissions.
 */
public class PostmortemStatuses {

    private final CallerAccess access;
    private final ProjectProcessReport report;
    private final IssueManager issueManager;
    private final DecidableActions actions;
    private final DecisionSettingsStore settings;
    private final PostmortemLookup lookup;
    private final PostmortemFields fields;
    private final Clock clock;

    public PostmortemStatuses(CallerAccess access, ProjectProcessReport report, IssueManager issueManager,
            DecidableActions actions, DecisionSettingsStore settings, PostmortemLookup lookup, PostmortemFields fields,
            Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.report = Objects.requireNonNull(report, "report");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.fields = Objects.requireNonNull(fields, "fields");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A soaking postmortem, with its current debrief. */
    public record Soaking(String key, String summary, Instant debriefHeldAt) {
    }

    /** A postmortem whose soak has ended with actions awaiting a decision. */
    public record AwaitingDecision(String key, String summary, Instant soakEndedAt, int actions) {
    }

    /**
     * @param awaitingDebriefJql the search for the project's postmortems awaiting their debrief; empty while setup
     *                           has not made the issue type or the field
     * @param truncated          the process report under it was truncated: older postmortems may be missing
     */
    public record Statuses(String projectKey, List<Soaking> soaking, List<AwaitingDecision> awaitingDecision,
            Optional<String> awaitingDebriefJql, boolean truncated) {
        public Statuses {
            soaking = List.copyOf(soaking);
            awaitingDecision = List.copyOf(awaitingDecision);
        }
    }

    /** For a project the caller may browse (check it first: {@link CallerAccess#visibleProject}). */
    public Statuses of(Project project) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ProcessPeriod lastYear = new ProcessPeriod(today.minusDays(ProcessPeriod.MAX_DAYS - 1L), today);
        Predicate<Issue> isPostmortem = access.postmortemCheck();
        ProjectProcessReport.Report answer = report.of(project.getId(), lastYear,
                issue -> isPostmortem.test(issue) && access.mayBrowse(issue), access::mayBrowse);
        Optional<String> notDoing = settings.forProject(project.getId()).notDoingResolutionId();
        List<Soaking> soaking = new ArrayList<>();
        List<AwaitingDecision> awaiting = new ArrayList<>();
        List<ProjectProcessReport.Entry> newestFirst = new ArrayList<>(answer.postmortems());
        java.util.Collections.reverse(newestFirst);
        List<Issue> soakEnded = new ArrayList<>();
        for (ProjectProcessReport.Entry entry : newestFirst) {
            Issue issue = issueManager.getIssueObject(entry.issueId());
            if (issue == null) {
                continue;
            }
            if (entry.process().soakEndedAt().isEmpty()) {
                soaking.add(new Soaking(entry.key(), summary(issue), entry.process().debriefHeldAt().orElse(null)));
            } else {
                soakEnded.add(issue);
            }
        }
        // One process-log query for every postmortem whose soak has ended.
        Map<Long, DecidableActions.Read> reads = actions.of(soakEnded, access::mayBrowse, projectId -> notDoing);
        for (Issue issue : soakEnded) {
            PostmortemActions read = reads.get(issue.getId()).actions();
            int undecided = read.awaitingDecisionAt(now).size();
            if (undecided > 0) {
                awaiting.add(new AwaitingDecision(issue.getKey(), summary(issue), read.soakEndedAt(), undecided));
            }
        }
        return new Statuses(project.getKey(), soaking, awaiting, awaitingDebriefJql(project), answer.truncated());
    }

    private Optional<String> awaitingDebriefJql(Project project) {
        Optional<IssueType> type = lookup.issueType();
        Optional<CustomField> debrief = fields.debriefHeldAt();
        if (type.isEmpty() || debrief.isEmpty()) {
            return Optional.empty();
        }
        // By ids, which renaming the type or the field does not change; the field id is "customfield_<n>".
        String fieldNumber = String.valueOf(debrief.get().getId()).replace("customfield_", "");
        if (!fieldNumber.matches("\\d+") || !String.valueOf(type.get().getId()).matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of("project = " + project.getId() + " AND issuetype = " + type.get().getId() + " AND cf["
                + fieldNumber + "] is EMPTY AND statusCategory != Done ORDER BY created DESC");
    }

    private static String summary(Issue issue) {
        return issue.getSummary() == null ? "" : issue.getSummary();
    }
}
