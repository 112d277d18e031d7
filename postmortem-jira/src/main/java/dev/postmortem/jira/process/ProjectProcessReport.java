package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.postmortem.core.decision.DecisionMetrics;
import dev.postmortem.core.decision.PostmortemActions;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessMetrics;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The process of a project's postmortems whose current debrief falls in a period, for one caller, with the core's
 * metrics over them ({@link ProcessMetrics}) and what became of their proposed actions ({@link DecisionMetrics}:
 * the decision after the soak, per postmortem and over all).
 *
 * <p>Which postmortems: those with a DEBRIEF_HELD of the project in the period, still in the project, that the
 * caller may see, and whose <em>current</em> debrief (after corrections) is in the period. Postmortems the caller
 * may not see are dropped before anything is computed, so they count nowhere. Within each, actions the caller may
 * not browse count nowhere either ({@link PostmortemProcesses}: commits, the first commit, overrides; {@link
 * DecidableActions}: the linked actions behind the decision counts).
 *
 * <p>Bounded: at most {@link #MAX_POSTMORTEMS} postmortems the caller may see, those most recently debriefed, found
 * among the {@link #SCAN_LIMIT} latest debrief events of the period, and at most {@link #MAX_ACTIONS} distinct
 * actions checked (committed, overridden or linked); a postmortem whose actions would pass that limit is left out
 * with all older ones, so every postmortem listed is counted in full. {@link Report#truncated()} says there may be more: more visible postmortems
 * than the limit, or a full scan (which, counting events, cannot tell whose). Per request: one indexed query for the
 * debriefs, one Jira issue lookup and permission check per candidate (at most {@link #SCAN_LIMIT}) and per distinct
 * action, two chunked queries for their events and overrides (the decision counts read the same events: no
 * further log query, and no query per action), one read of the project's decision settings, and Jira's cached
 * links of each postmortem.
 */
public class ProjectProcessReport {

    public static final int MAX_POSTMORTEMS = 500;
    /** Debrief events looked at: corrections add events, so more than the postmortems answered. */
    static final int SCAN_LIMIT = 2 * MAX_POSTMORTEMS;
    /** Distinct actions checked per request: four per postmortem at the postmortem limit. */
    static final int MAX_ACTIONS = 4 * MAX_POSTMORTEMS;

    private final ProcessEventLog events;
    private final PostmortemProcesses processes;
    private final IssueManager issueManager;
    private final DecidableActions decidableActions;
    private final DecisionSettingsStore decisionSettings;

    public ProjectProcessReport(ProcessEventLog events, PostmortemProcesses processes, IssueManager issueManager,
            DecidableActions decidableActions, DecisionSettingsStore decisionSettings) {
        this.events = Objects.requireNonNull(events, "events");
        this.processes = Objects.requireNonNull(processes, "processes");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.decidableActions = Objects.requireNonNull(decidableActions, "decidableActions");
        this.decisionSettings = Objects.requireNonNull(decisionSettings, "decisionSettings");
    }

    /**
     * One postmortem of the report.
     *
     * @param decisions     what became of its proposed actions the caller may browse (the decision after the soak)
     * @param issueId       the postmortem's issue id
     * @param overrideTimes when each override that counts in {@code process} was given, newest first
     */
    public record Entry(String key, PostmortemProcess process, DecisionMetrics decisions, long issueId,
            List<Instant> overrideTimes) {
        public Entry {
            overrideTimes = List.copyOf(overrideTimes);
        }
    }

    /**
     * @param postmortems by current debrief, earliest first
     * @param decisions   the decision metrics over the actions of all of them
     * @param truncated   more postmortems may have had their debrief in the period than are listed
     */
    public record Report(List<Entry> postmortems, ProcessMetrics metrics, DecisionMetrics decisions,
            boolean truncated) {
        public Report {
            postmortems = List.copyOf(postmortems);
        }
    }

    /**
     * @param maySee          whether the caller may see this issue as a postmortem (browse permission, Postmortem
     *                        type); asked once per candidate, so it should not look the type up each time
     * @param mayBrowseAction whether the caller may browse this action issue (the summary's check)
     */
    public Report of(long projectId, ProcessPeriod period, Predicate<Issue> maySee,
            Predicate<Issue> mayBrowseAction) {
        List<ProcessEvent> debriefs = events.debriefsHeldBetween(projectId, period.start(), period.end(), SCAN_LIMIT);
        Set<Long> candidates = new LinkedHashSet<>();
        debriefs.forEach(debrief -> candidates.add(debrief.issueId()));
        // A full scan may have left out older debriefs of the period, whoever may see them.
        boolean truncated = debriefs.size() >= SCAN_LIMIT;
        // Most recently debriefed first, as the debrief events come. Who may see a candidate is decided before the
        // limit: postmortems the caller may not see take no place and do not say there are more.
        Map<Long, Issue> visible = new LinkedHashMap<>();
        for (Long id : candidates) {
            Issue issue = issueManager.getIssueObject(id);
            if (issue != null && Objects.equals(issue.getProjectId(), projectId) && maySee.test(issue)) {
                if (visible.size() == MAX_POSTMORTEMS) {
                    truncated = true;
                    break;
                }
                visible.put(id, issue);
            }
        }
        ActionVisibility actions = new ActionVisibility(issueManager, mayBrowseAction, MAX_ACTIONS);
        Optional<String> notDoing = decisionSettings.forProject(projectId).notDoingResolutionId();
        List<Entry> entries = new ArrayList<>();
        List<PostmortemActions> decided = new ArrayList<>();
        for (Map.Entry<Long, PostmortemProcesses.Recorded> each : processes.of(visible.keySet()).entrySet()) {
            PostmortemProcesses.Recorded recorded = each.getValue();
            // The current debrief does not depend on which actions are visible: no action is asked about for it.
            boolean inPeriod = recorded.process(action -> false).debriefHeldAt().filter(period::contains).isPresent();
            if (!inPeriod) {
                continue;
            }
            Issue postmortem = visible.get(each.getKey());
            // Every action this postmortem's counts ask about: committed, overridden and linked ones, each once.
            Set<Long> asked = new LinkedHashSet<>(recorded.actionIds());
            asked.addAll(decidableActions.linkedActionIds(postmortem));
            if (!actions.canCheck(asked)) {
                truncated = true;
                break;
            }
            // From the events read above: no further log query; linked actions are in hand, checked once each.
            PostmortemActions linked = decidableActions.ofRecorded(List.of(postmortem),
                    Map.of(postmortem.getId(), recorded.events()), actions::isVisible, project -> notDoing)
                    .get(postmortem.getId()).actions();
            decided.add(linked);
            entries.add(new Entry(postmortem.getKey(), recorded.process(actions::isVisible),
                    DecisionMetrics.of(List.of(linked)), each.getKey(), recorded.overrideTimes(actions::isVisible)));
        }
        entries.sort(Comparator.comparing((Entry entry) -> entry.process().debriefHeldAt().orElse(Instant.MIN))
                .thenComparing(Entry::key));
        return new Report(entries, ProcessMetrics.of(entries.stream().map(Entry::process).toList()),
                DecisionMetrics.of(decided), truncated);
    }
}
