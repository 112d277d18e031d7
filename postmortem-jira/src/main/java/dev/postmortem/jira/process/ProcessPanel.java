package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.postmortem.core.decision.DecisionMetrics;
import dev.postmortem.core.decision.PostmortemActions;
import dev.postmortem.core.process.Commit;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.OverrideRecord;
import dev.postmortem.jira.storage.ProcessEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The "Process" part of the postmortem panel: when the debrief was held, where its soak stands, the first action
 * committed after it (when, by whom, how long after the debrief), how many commits and overrides, the newest
 * override, and the decision after the soak ({@link DecisionRows}: what became of the proposed actions, the share
 * dropped after the soak, the time from soak end to decision). The rules are the core's ({@link PostmortemProcess},
 * {@link DecisionMetrics}); this class reads and words them for the viewer.
 *
 * <p>Who sees what: the panel shows only on a postmortem the viewer may browse, and the summary's rule holds for
 * its actions: actions the viewer may not browse count nowhere ({@link PostmortemProcesses}). The commits, the
 * first commit after the debrief and the overrides are those of actions the viewer may browse; so is the newest
 * override (when, by whom, on which action, why), as the soak panel shows an override's author and reason to exactly
 * those who can see the action issue.
 *
 * <p>Cost: one browse check per distinct action per view, shared with the summary above it: the panel's context
 * provider makes one {@link ActionVisibility} per render ({@link #visibilityFor}) and one {@link Reading} with it
 * ({@link #read}: the events and overrides, one query each, and the linked actions read from the same events, issues
 * in hand, no lookup), which the summary shows; this part then looks up and checks only the committed or overridden
 * actions not decided yet (no longer linked), at most {@link #MAX_ACTIONS}; past that (a postmortem with that many
 * such actions) the rest count as not visible. One answer per view also means the two parts cannot disagree about an
 * action whose permissions change while the page renders.
 */
public class ProcessPanel {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessPanel.class);
    /** Distinct actions the Process part looks up and checks per view, beyond those the summary decided. */
    static final int MAX_ACTIONS = 200;

    private final PostmortemProcesses processes;
    private final IssueManager issueManager;
    private final ProcessTexts texts;
    private final Clock clock;
    private final DecidableActions decidableActions;
    private final DecisionSettingsStore decisionSettings;
    private final DecisionRows decisionRows;

    public ProcessPanel(PostmortemProcesses processes, IssueManager issueManager, ProcessTexts texts, Clock clock,
            DecidableActions decidableActions, DecisionSettingsStore decisionSettings) {
        this.processes = Objects.requireNonNull(processes, "processes");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.decidableActions = Objects.requireNonNull(decidableActions, "decidableActions");
        this.decisionSettings = Objects.requireNonNull(decisionSettings, "decisionSettings");
        this.decisionRows = new DecisionRows(texts);
    }

    /**
     * Which actions the viewer may browse, for one render of the panel: hand it to {@link #read}, whose actions go
     * to the summary, and then the reading to {@link #of(Reading, Instant)}. A new one per render, never kept (see
     * {@link ActionVisibility}).
     *
     * @param mayBrowse whether the viewer may browse an issue (the REST package's caller access)
     */
    public ActionVisibility visibilityFor(Predicate<Issue> mayBrowse) {
        return new ActionVisibility(issueManager, mayBrowse, MAX_ACTIONS);
    }

    /** The Process part alone, with no summary before it in the same view: every action is decided here. */
    public ProcessPanelView of(Issue postmortem, Instant soakEndsAt, Predicate<Issue> mayBrowse) {
        return of(postmortem, soakEndsAt, visibilityFor(mayBrowse));
    }

    /**
     * What one render of the panel reads once and both of its parts use: the postmortem's recorded process (one
     * query for its events, one for its overrides) and, from the same events, its linked actions with their states
     * and recorded decisions, decided by this render's {@code visibility} (Jira's cached links, issues in hand, one
     * browse check each). Hand {@link #actions()} to the summary, then the reading to {@link #of(Reading, Instant)}.
     * When the log cannot be read, the actions are still there (without recorded decisions) and the Process part
     * says the process is unavailable.
     */
    public static final class Reading {

        private final ActionVisibility visibility;
        private final PostmortemProcesses.Recorded recorded;
        private final DecidableActions.Read actions;

        private Reading(ActionVisibility visibility, PostmortemProcesses.Recorded recorded,
                DecidableActions.Read actions) {
            this.visibility = visibility;
            this.recorded = recorded;
            this.actions = actions;
        }

        /** The linked actions the viewer may browse, with their states and recorded decisions (drop reasons). */
        public DecidableActions.Read actions() {
            return actions;
        }
    }

    /** Reads the postmortem once for one render (see {@link Reading}). */
    public Reading read(Issue postmortem, ActionVisibility visibility) {
        Objects.requireNonNull(visibility, "visibility");
        PostmortemProcesses.Recorded recorded;
        try {
            recorded = processes.of(postmortem.getId());
        } catch (RuntimeException e) {
            // The rest of the panel (the summary) still shows; the reader is told, the cause goes to the log.
            LOG.warn("Could not read the process events of postmortem {}", postmortem.getKey(), e);
            recorded = null;
        }
        Optional<String> notDoing = notDoingResolutionId(postmortem);
        List<ProcessEvent> events = recorded == null ? List.of() : recorded.events();
        DecidableActions.Read actions = decidableActions.ofRecorded(List.of(postmortem),
                Map.of(postmortem.getId(), events), visibility::isVisible, project -> notDoing)
                .get(postmortem.getId());
        return new Reading(visibility, recorded, actions);
    }

    /** The project's "not doing" resolution; none (resolution names decide) when its settings cannot be read. */
    private Optional<String> notDoingResolutionId(Issue postmortem) {
        Long projectId = postmortem.getProjectId();
        if (projectId == null) {
            return DecisionSettings.DEFAULTS.notDoingResolutionId();
        }
        try {
            return decisionSettings.forProject(projectId).notDoingResolutionId();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the decision settings of project {}; counting by resolution names", projectId, e);
            return DecisionSettings.DEFAULTS.notDoingResolutionId();
        }
    }

    /**
     * @param soakEndsAt the end of the soak as the summary shows it (the project's policy applied to "Debrief held
     *                   at"); null when there is none. Used while no soak end is recorded.
     * @param visibility this view's answer of which actions the viewer may browse ({@link #visibilityFor}), with
     *                   what the summary decided already
     */
    public ProcessPanelView of(Issue postmortem, Instant soakEndsAt, ActionVisibility visibility) {
        return of(read(postmortem, visibility), soakEndsAt);
    }

    /**
     * @param reading    this render's {@link #read}, whose actions the summary has shown
     * @param soakEndsAt the end of the soak as the summary shows it (the project's policy applied to "Debrief held
     *                   at"); null when there is none. Used while no soak end is recorded.
     */
    public ProcessPanelView of(Reading reading, Instant soakEndsAt) {
        PostmortemProcesses.Recorded recorded = reading.recorded;
        ActionVisibility visibility = reading.visibility;
        if (recorded == null) {
            return new ProcessPanelView(texts.text("postmortem.jira.process.panel.heading"),
                    List.of(new ProcessPanelRow(texts.text("postmortem.jira.process.panel.unavailable.label"),
                            texts.text("postmortem.jira.process.panel.unavailable"))));
        }
        PostmortemProcess process = recorded.process(visibility::isVisible);
        List<ProcessPanelRow> rows = new ArrayList<>();
        Optional<Instant> heldAt = process.debriefHeldAt();
        rows.add(row("postmortem.jira.process.panel.debrief", heldAt.map(texts::dateTime)
                .orElseGet(() -> texts.text("postmortem.jira.process.panel.debrief.none"))));
        PostmortemProcess.SoakProgress soak = process.soakAt(soakEndsAt, clock.instant());
        switch (soak.stage()) {
            case SOAKING -> rows.add(row("postmortem.jira.process.panel.soak",
                    texts.text("postmortem.jira.process.panel.soak.until", texts.dateTime(soak.at()))));
            case ENDED -> rows.add(row("postmortem.jira.process.panel.soak",
                    texts.text("postmortem.jira.process.panel.soak.ended", texts.dateTime(soak.at()))));
            case UNKNOWN -> {
                // No debrief, or no end known for it: nothing to say about a soak.
            }
        }
        if (heldAt.isPresent()) {
            rows.add(row("postmortem.jira.process.panel.firstCommit", process.firstCommit()
                    .map(commit -> firstCommit(heldAt.get(), commit))
                    .orElseGet(() -> texts.text("postmortem.jira.process.panel.firstCommit.none"))));
        }
        rows.add(row("postmortem.jira.process.panel.commits", process.commitsBeforeDebrief() == 0
                ? texts.text("postmortem.jira.process.panel.commits.value", process.commits())
                : texts.text("postmortem.jira.process.panel.commits.withBefore", process.commits(),
                        process.commitsBeforeDebrief())));
        rows.add(row("postmortem.jira.process.panel.overrides",
                texts.text("postmortem.jira.process.panel.overrides.value", process.overrides())));
        recorded.newestOverride(visibility::isVisible)
                .ifPresent(override -> rows.add(overrideRow(override, visibility)));
        PostmortemActions actions = reading.actions.actions();
        rows.addAll(decisionRows.of(DecisionMetrics.of(List.of(actions)), actions.soakEndedAt() != null));
        return new ProcessPanelView(texts.text("postmortem.jira.process.panel.heading"), rows);
    }

    private String firstCommit(Instant heldAt, Commit commit) {
        String when = texts.dateTime(commit.at());
        String after = texts.elapsed(heldAt, commit.at());
        return commit.actorKey() == null
                ? texts.text("postmortem.jira.process.panel.firstCommit.valueNoActor", when, after)
                : texts.text("postmortem.jira.process.panel.firstCommit.value", when,
                        texts.userName(commit.actorKey()), after);
    }

    /** The newest override the viewer may see: its action was found visible already. */
    private ProcessPanelRow overrideRow(OverrideRecord override, ActionVisibility visibility) {
        String actionKey = visibility.issue(override.actionIssueId()).map(Issue::getKey).orElseThrow();
        return row("postmortem.jira.process.panel.latestOverride",
                texts.text("postmortem.jira.process.panel.latestOverride.value",
                        texts.dateTime(override.override().at()), texts.userName(override.override().byUserKey()),
                        actionKey, override.override().reason()));
    }

    private ProcessPanelRow row(String labelKey, String text) {
        return new ProcessPanelRow(texts.text(labelKey), text);
    }
}
