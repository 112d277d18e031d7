package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import dev.postmortem.core.decision.DecidableAction;
import dev.postmortem.core.decision.PostmortemActions;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessStep;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads postmortems' proposed actions as the decision rules ({@code dev.postmortem.core.decision}) see them: the
 * issues linked from the postmortem by the Postmortem action link type, each with its state (Jira's status category
 * and resolution, {@link ActionStates}), its assignee and the latest decision the process log records, and the end
 * of the current debrief's soak from the same log. Shared by the decide view, the soak-end notices, the panel, the
 * summary and the process report, so that they all count the same actions the same way.
 *
 * <p>Cost: one link read per postmortem (Jira's link cache) and one indexed log query for any number of postmortems;
 * no per-action lookup (link destinations are in hand). The caller says who looks: actions {@code mayBrowse} refuses
 * are left out before anything is computed from them, so hidden actions count nowhere.
 */
public class DecidableActions {

    private final IssueLinkManager issueLinkManager;
    private final PostmortemLookup lookup;
    private final ProcessEventLog events;

    public DecidableActions(IssueLinkManager issueLinkManager, PostmortemLookup lookup, ProcessEventLog events) {
        this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * One postmortem's actions as a viewer sees them.
     *
     * @param actions   the rules' view: the soak end and each visible action, in link order
     * @param issues    the visible action issues by id, in the same order
     * @param decisions what the log records for them (drop reasons included)
     */
    public record Read(PostmortemActions actions, Map<Long, Issue> issues, RecordedDecisions decisions) {

        public Read {
            Objects.requireNonNull(actions, "actions");
            issues = Collections.unmodifiableMap(new LinkedHashMap<>(issues));
            Objects.requireNonNull(decisions, "decisions");
        }
    }

    /**
     * @param mayBrowse            whether the viewer may browse an action; {@code issue -> true} for the system (jobs)
     * @param notDoingResolutionId the project's resolution for dropped actions (its decision settings), if picked
     */
    public Read of(Issue postmortem, Predicate<Issue> mayBrowse, Optional<String> notDoingResolutionId) {
        return of(List.of(postmortem), mayBrowse, project -> notDoingResolutionId).get(postmortem.getId());
    }

    /**
     * Several postmortems at once, with one log query: by postmortem id, in the order given.
     *
     * @param notDoingResolutionIdOf the resolution for dropped actions of each postmortem's project (by project id)
     */
    public Map<Long, Read> of(Collection<? extends Issue> postmortems, Predicate<Issue> mayBrowse,
            Function<Long, Optional<String>> notDoingResolutionIdOf) {
        Objects.requireNonNull(mayBrowse, "mayBrowse");
        Optional<Long> linkTypeId = lookup.actionLinkType().map(IssueLinkType::getId);
        Map<Long, List<ProcessEvent>> eventsByIssue = new HashMap<>();
        List<Long> ids = postmortems.stream().map(Issue::getId).toList();
        if (!ids.isEmpty()) {
            for (ProcessEvent event : events.forIssuesInRecordOrder(ids)) {
                eventsByIssue.computeIfAbsent(event.issueId(), id -> new ArrayList<>()).add(event);
            }
        }
        Map<Long, Read> reads = new LinkedHashMap<>();
        for (Issue postmortem : postmortems) {
            List<ProcessEvent> recorded = eventsByIssue.getOrDefault(postmortem.getId(), List.of());
            Optional<String> notDoing = notDoingResolutionIdOf.apply(postmortem.getProjectId());
            reads.put(postmortem.getId(), read(postmortem, recorded, linkTypeId, mayBrowse,
                    notDoing == null ? Optional.empty() : notDoing));
        }
        return reads;
    }

    private Read read(Issue postmortem, List<ProcessEvent> recorded, Optional<Long> linkTypeId,
            Predicate<Issue> mayBrowse, Optional<String> notDoingResolutionId) {
        RecordedDecisions decisions = RecordedDecisions.of(recorded);
        Map<Long, Issue> issues = new LinkedHashMap<>();
        if (linkTypeId.isPresent()) {
            for (IssueLink link : issueLinkManager.getOutwardLinks(postmortem.getId())) {
                Issue action = link.getDestinationObject();
                if (linkTypeId.get().equals(link.getLinkTypeId()) && action != null && action.getId() != null
                        && !issues.containsKey(action.getId()) && mayBrowse.test(action)) {
                    issues.put(action.getId(), action);
                }
            }
        }
        List<DecidableAction> actions = issues.values().stream()
                .map(action -> new DecidableAction(action.getId(), ActionStates.of(action, notDoingResolutionId),
                        action.getAssigneeId(), decisions.of(action.getId()).orElse(null)))
                .toList();
        return new Read(new PostmortemActions(postmortem.getId(), soakEnd(recorded), actions), issues, decisions);
    }

    /** The recorded end of the current debrief's soak (the core's rule); null when it has not ended. */
    private static Instant soakEnd(List<ProcessEvent> recorded) {
        List<ProcessStep> steps = new ArrayList<>();
        for (ProcessEvent event : recorded) {
            event.type().stepKind().ifPresent(kind -> steps.add(new ProcessStep(kind, event.at(), event.actorKey())));
        }
        return PostmortemProcess.of(steps, 0).soakEndedAt().orElse(null);
    }
}
