package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.postmortem.core.process.Commit;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.jira.storage.OverrideRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The "Process" part of the postmortem panel: when the debrief was held, where its soak stands, the first action
 * committed after it (when, by whom, how long after the debrief), how many commits and overrides, and the newest
 * override. The rules are the core's ({@link PostmortemProcess}); this class reads and words them for the viewer.
 *
 * <p>Who sees what: the panel shows only on a postmortem the viewer may browse, and its counts are the
 * postmortem's own record. The newest override (when, by whom, on which action, why) is shown only to viewers who
 * may browse that action: the soak panel, the override UI, shows an override's author and reason to exactly those
 * who can see the action issue.
 */
public class ProcessPanel {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessPanel.class);

    private final PostmortemProcesses processes;
    private final IssueManager issueManager;
    private final ProcessTexts texts;
    private final Clock clock;

    public ProcessPanel(PostmortemProcesses processes, IssueManager issueManager, ProcessTexts texts, Clock clock) {
        this.processes = Objects.requireNonNull(processes, "processes");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param soakEndsAt the end of the soak as the summary shows it (the project's policy applied to "Debrief held
     *                   at"); null when there is none. Used while no soak end is recorded.
     * @param mayBrowse  whether the viewer may browse an issue (the REST package's caller access)
     */
    public ProcessPanelView of(Issue postmortem, Instant soakEndsAt, Predicate<Issue> mayBrowse) {
        PostmortemProcesses.Recorded recorded;
        try {
            recorded = processes.of(postmortem.getId());
        } catch (RuntimeException e) {
            // The rest of the panel (the summary) still shows; the reader is told, the cause goes to the log.
            LOG.warn("Could not read the process events of postmortem {}", postmortem.getKey(), e);
            return new ProcessPanelView(texts.text("postmortem.jira.process.panel.heading"),
                    List.of(new ProcessPanelRow(texts.text("postmortem.jira.process.panel.unavailable.label"),
                            texts.text("postmortem.jira.process.panel.unavailable"))));
        }
        PostmortemProcess process = recorded.process();
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
        recorded.newest().flatMap(override -> shownOverride(override, mayBrowse)).ifPresent(rows::add);
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

    /** The newest override, if the viewer may browse its action; the soak panel's rule for its reason. */
    private Optional<ProcessPanelRow> shownOverride(OverrideRecord override, Predicate<Issue> mayBrowse) {
        Issue action = issueManager.getIssueObject(override.actionIssueId());
        if (action == null || !mayBrowse.test(action)) {
            return Optional.empty();
        }
        return Optional.of(row("postmortem.jira.process.panel.latestOverride",
                texts.text("postmortem.jira.process.panel.latestOverride.value",
                        texts.dateTime(override.override().at()), texts.userName(override.override().byUserKey()),
                        action.getKey(), override.override().reason())));
    }

    private ProcessPanelRow row(String labelKey, String text) {
        return new ProcessPanelRow(texts.text(labelKey), text);
    }
}
