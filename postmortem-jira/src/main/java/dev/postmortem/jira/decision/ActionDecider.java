package dev.postmortem.jira.decision;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.Decision;
import dev.postmortem.core.decision.DecisionBatch;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Applies a checked {@link DecisionBatch} for one postmortem as the deciding user, one action at a time:
 * <ul>
 *   <li><b>commit</b>: runs the action's gated transition ({@link WorkflowTransitions#commit}) through
 *       {@link IssueService} as the user, so Jira checks everything it checks for a click (permission, conditions,
 *       validators; the soak gate passes because the soak has ended). The workflow's commit-recording function
 *       records the commit, as for a click;</li>
 *   <li><b>drop</b>: runs a transition into a "done" status ({@link WorkflowTransitions#drop}) with the project's
 *       "not doing" resolution and the reason as the transition's comment, then appends
 *       {@link ProcessEvent#actionDropped} to the process log. Refused when the project has picked no resolution;</li>
 *   <li><b>keep</b>: changes and records nothing.</li>
 * </ul>
 * Each action is decided holding the postmortem's decision lock (docs/adr/0011, 0026) and re-read inside it, so
 * of two people deciding the same action at once the second finds it decided and is refused. An action that is not
 * one of the postmortem's actions the user may browse is "not found", nothing more. One outcome per decision, in
 * order; a refusal never stops the others (the batch was checked as a whole before).
 */
public class ActionDecider {

    /** Followed by the postmortem's issue id; never change it while a cluster may run two versions of the app. */
    static final String LOCK_NAME_PREFIX = "dev.postmortem.postmortem-jira.decision-";
    static final String NOT_AWAITING_KEY = "postmortem.jira.decision.problem.notAwaiting";
    static final String SOAK_NOT_ENDED_KEY = "postmortem.jira.decision.problem.soakNotEnded";
    static final String NO_COMMIT_TRANSITION_KEY = "postmortem.jira.decision.problem.noCommitTransition";
    static final String NO_DROP_TRANSITION_KEY = "postmortem.jira.decision.problem.noDropTransition";
    static final String NO_RESOLUTION_KEY = "postmortem.jira.decision.problem.noResolution";
    static final String BUSY_KEY = "postmortem.jira.decision.problem.busy";
    static final String FAILED_KEY = "postmortem.jira.decision.problem.failed";
    static final String DROP_COMMENT_KEY = "postmortem.jira.decision.dropComment";

    private static final Logger LOG = LoggerFactory.getLogger(ActionDecider.class);

    private final DecidableActions actions;
    private final IssueManager issueManager;
    private final IssueService issueService;
    private final WorkflowTransitions transitions;
    private final DecisionSettingsStore settings;
    private final ProcessEventLog events;
    private final ClusterLockService locks;
    private final UserMessages messages;
    private final Clock clock;
    private final Duration lockWait;

    public ActionDecider(DecidableActions actions, IssueManager issueManager, IssueService issueService,
            WorkflowTransitions transitions, DecisionSettingsStore settings, ProcessEventLog events,
            ClusterLockService locks, UserMessages messages, Clock clock, Duration lockWait) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.issueService = Objects.requireNonNull(issueService, "issueService");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = Objects.requireNonNull(events, "events");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
    }

    static String lockName(long postmortemId) {
        return LOCK_NAME_PREFIX + postmortemId;
    }

    /**
     * @param mayBrowse whether the user may browse an issue (Jira's browse permission for {@code user})
     * @return one outcome per decision of the batch, in its order; empty for an invalid batch (nothing applied)
     */
    public List<DecisionOutcome> decide(Issue postmortem, DecisionBatch batch, ApplicationUser user,
            Predicate<Issue> mayBrowse) {
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(user, "user");
        if (!batch.valid()) {
            return List.of();
        }
        DecisionSettings projectSettings = settings.forProject(postmortem.getProjectId());
        DecidableActions.Read read = actions.of(postmortem, mayBrowse, projectSettings.notDoingResolutionId());
        List<DecisionOutcome> outcomes = new ArrayList<>();
        for (Decision decision : batch.decisions()) {
            outcomes.add(decideOne(postmortem, read, decision, user, projectSettings));
        }
        return outcomes;
    }

    private DecisionOutcome decideOne(Issue postmortem, DecidableActions.Read read, Decision decision,
            ApplicationUser user, DecisionSettings projectSettings) {
        long actionId = decision.actionId();
        Choice choice = decision.choice();
        if (!read.issues().containsKey(actionId)) {
            return DecisionOutcome.notFound(actionId, choice);
        }
        String actionKey = read.issues().get(actionId).getKey();
        Instant now = clock.instant();
        if (!read.actions().soakEndedBy(now)) {
            return DecisionOutcome.refused(actionId, choice, SOAK_NOT_ENDED_KEY, actionKey);
        }
        if (choice == Choice.KEEP) {
            return DecisionOutcome.applied(actionId, choice);
        }
        ClusterLock lock = locks.getLockForName(lockName(postmortem.getId()));
        boolean locked;
        try {
            locked = lock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DecisionOutcome.refused(actionId, choice, BUSY_KEY, actionKey);
        }
        if (!locked) {
            return DecisionOutcome.refused(actionId, choice, BUSY_KEY, actionKey);
        }
        try {
            return underLock(postmortem, decision, actionKey, user, projectSettings);
        } catch (RuntimeException e) {
            LOG.error("Deciding action {} of postmortem {} failed unexpectedly", actionKey, postmortem.getKey(), e);
            return DecisionOutcome.refused(actionId, choice, FAILED_KEY, actionKey);
        } finally {
            lock.unlock();
        }
    }

    private DecisionOutcome underLock(Issue postmortem, Decision decision, String actionKey, ApplicationUser user,
            DecisionSettings projectSettings) {
        long actionId = decision.actionId();
        Choice choice = decision.choice();
        // Read again inside the lock: another person may have decided it since the view was read.
        Issue action = issueManager.getIssueObject(actionId);
        if (action == null) {
            return DecisionOutcome.notFound(actionId, choice);
        }
        RecordedDecisions recorded = RecordedDecisions.of(events.forIssuesInRecordOrder(List.of(postmortem.getId())));
        if (ActionStates.of(action, projectSettings.notDoingResolutionId()) != ActionState.PROPOSED
                || recorded.of(actionId).isPresent()) {
            return DecisionOutcome.refused(actionId, choice, NOT_AWAITING_KEY, actionKey);
        }
        return switch (choice) {
            case COMMIT -> commit(action, user);
            case DROP -> drop(postmortem, action, decision, user, projectSettings.notDoingResolutionId());
            case KEEP -> DecisionOutcome.applied(actionId, choice);
        };
    }

    private DecisionOutcome commit(Issue action, ApplicationUser user) {
        OptionalInt transition = transitions.commit(action);
        if (transition.isEmpty()) {
            return DecisionOutcome.refused(action.getId(), Choice.COMMIT, NO_COMMIT_TRANSITION_KEY, action.getKey(),
                    statusName(action));
        }
        return run(action, Choice.COMMIT, user, transition.getAsInt(), issueService.newIssueInputParameters());
    }

    private DecisionOutcome drop(Issue postmortem, Issue action, Decision decision, ApplicationUser user,
            Optional<String> resolutionId) {
        if (resolutionId.isEmpty()) {
            return DecisionOutcome.refused(action.getId(), Choice.DROP, NO_RESOLUTION_KEY, action.getKey());
        }
        OptionalInt transition = transitions.drop(action);
        if (transition.isEmpty()) {
            return DecisionOutcome.refused(action.getId(), Choice.DROP, NO_DROP_TRANSITION_KEY, action.getKey(),
                    statusName(action));
        }
        String reason = decision.reason().text();
        IssueInputParameters input = issueService.newIssueInputParameters();
        input.setResolutionId(resolutionId.get());
        input.setComment(messages.text(DROP_COMMENT_KEY, postmortem.getKey(), reason));
        // Only the screen check is skipped: a "done" transition often has no screen with the Resolution field on it.
        // Permission, conditions and validators all run (docs/adr/0026).
        input.setSkipScreenCheck(true);
        DecisionOutcome outcome = run(action, Choice.DROP, user, transition.getAsInt(), input);
        if (outcome.applied()) {
            try {
                events.append(ProcessEvent.actionDropped(postmortem.getId(), postmortem.getProjectId(),
                        clock.instant(), user.getKey(), action.getId(), reason));
            } catch (RuntimeException e) {
                // Jira has dropped it (resolution, status, the reason as its comment): telling the user it failed
                // would invite a second try that finds nothing to drop. The metrics miss this one drop.
                LOG.error("Action {} of postmortem {} was dropped in Jira, but the process log could not record the"
                        + " drop; its reason is the action's comment", action.getKey(), postmortem.getKey(), e);
            }
        }
        return outcome;
    }

    private DecisionOutcome run(Issue action, Choice choice, ApplicationUser user, int transitionId,
            IssueInputParameters input) {
        IssueService.TransitionValidationResult validation =
                issueService.validateTransition(user, action.getId(), transitionId, input);
        if (!validation.isValid()) {
            return DecisionOutcome.refusedByJira(action.getId(), choice, action.getKey(),
                    messagesOf(validation.getErrorCollection()));
        }
        IssueService.IssueResult result = issueService.transition(user, validation);
        if (!result.isValid()) {
            return DecisionOutcome.refusedByJira(action.getId(), choice, action.getKey(),
                    messagesOf(result.getErrorCollection()));
        }
        return DecisionOutcome.applied(action.getId(), choice);
    }

    /** Jira's messages, already in the user's language: the form's, then the fields'. */
    static List<String> messagesOf(ErrorCollection errors) {
        List<String> texts = new ArrayList<>();
        if (errors != null) {
            if (errors.getErrorMessages() != null) {
                texts.addAll(errors.getErrorMessages());
            }
            if (errors.getErrors() != null) {
                texts.addAll(errors.getErrors().values());
            }
        }
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    private static String statusName(Issue action) {
        return action.getStatus() == null || action.getStatus().getName() == null ? "" : action.getStatus().getName();
    }
}
