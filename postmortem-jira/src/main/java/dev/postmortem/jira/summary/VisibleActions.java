package dev.postmortem.jira.summary;

import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.decision.Choice;
import dev.postmortem.core.decision.DecidableAction;
import dev.postmortem.core.decision.RecordedDecision;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.jira.decision.DecidableActions;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.DecisionSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The follow-up actions of a postmortem that the caller may see: the issues linked from it by the Postmortem
 * action link type ("has action"), without those the caller cannot browse, read by the decision feature's
 * {@link DecidableActions} so the summary counts and names the same actions, in the same states (the project's
 * "not doing" resolution included), as the decision metrics. Hidden actions are dropped before anything is
 * computed from them, so not even their number leaks (counts and proportionality use this list).
 *
 * <p>Why an action is not being done: when the process log records that it was dropped (ACTION_DROPPED, the
 * decision after the soak), the reason given then; a drop recorded at or after the soak's end also marks it
 * "dropped after the soak" ({@link SummaryAction#droppedAfterSoakAt()}). Otherwise the latest comment on it that
 * the caller may see: teams close an action as "Won't Do" with a comment saying why; comment visibility
 * restrictions apply, so a restricted reason is never shown to someone who could not read it on the issue. Without
 * Jira's comment service (an optional host service) no such reason is shown. Either reason is shown only with its
 * action, so only to callers who may browse the action.
 *
 * <p>Cost: one link read (Jira's link cache) and one indexed process-log query per summary; when the log cannot be
 * read the summary still shows, without recorded drops (logged).
 */
public class VisibleActions {

    private static final Logger LOG = LoggerFactory.getLogger(VisibleActions.class);

    private final PermissionManager permissionManager;
    private final DecidableActions decidableActions;
    private final DecisionSettingsStore decisionSettings;
    private final CommentService commentService;
    private final OptionalFeatures features;

    public VisibleActions(PermissionManager permissionManager, DecidableActions decidableActions,
            DecisionSettingsStore decisionSettings, CommentService commentService, OptionalFeatures features) {
        this.permissionManager = permissionManager;
        this.decidableActions = decidableActions;
        this.decisionSettings = decisionSettings;
        this.commentService = commentService;
        this.features = features;
    }

    public List<SummaryAction> of(Issue postmortem, ApplicationUser caller) {
        return of(postmortem, caller,
                action -> permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, action, caller));
    }

    /**
     * @param mayBrowse the browse check for {@code caller}, asked once per linked action in hand (no lookup): the
     *                  postmortem panel passes its per-render answer, which its Process part then reuses
     */
    public List<SummaryAction> of(Issue postmortem, ApplicationUser caller, Predicate<Issue> mayBrowse) {
        Optional<String> notDoing = notDoingResolutionId(postmortem);
        DecidableActions.Read read;
        try {
            read = decidableActions.of(postmortem, mayBrowse, notDoing);
        } catch (RuntimeException e) {
            // The actions still show, with today's reasons; the recorded drops come back when the log reads again.
            LOG.warn("Could not read the recorded decisions of postmortem {}; summarising without them",
                    postmortem.getKey(), e);
            read = decidableActions.ofRecorded(List.of(postmortem), Map.of(), mayBrowse, project -> notDoing)
                    .get(postmortem.getId());
        }
        return of(read, caller);
    }

    /**
     * The summary's actions from a reading of them made already with the caller's browse check (the postmortem
     * panel's, shared with its Process part): no further read.
     */
    public List<SummaryAction> of(DecidableActions.Read read, ApplicationUser caller) {
        Instant soakEnd = read.actions().soakEndedAt();
        return read.actions().actions().stream()
                .map(action -> summaryAction(read, action, soakEnd, caller))
                .toList();
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
            LOG.warn("Could not read the decision settings of project {}; summarising by resolution names", projectId,
                    e);
            return DecisionSettings.DEFAULTS.notDoingResolutionId();
        }
    }

    private SummaryAction summaryAction(DecidableActions.Read read, DecidableAction decidable, Instant soakEnd,
            ApplicationUser caller) {
        Issue action = read.issues().get(decidable.actionId());
        String status = action.getStatus() == null || action.getStatus().getName() == null
                ? "" : action.getStatus().getName();
        ActionState state = decidable.state();
        if (state != ActionState.NOT_DOING) {
            return new SummaryAction(action.getKey(), nullToEmpty(action.getSummary()), state, status, null);
        }
        RecordedDecision decision = decidable.decision();
        Optional<String> dropReason = decision != null && decision.choice() == Choice.DROP
                ? read.decisions().dropReason(decidable.actionId()).filter(reason -> !reason.isBlank())
                : Optional.empty();
        if (dropReason.isEmpty()) {
            return new SummaryAction(action.getKey(), nullToEmpty(action.getSummary()), state, status,
                    latestComment(action, caller));
        }
        // The decision metrics' rule: a drop recorded at or after the soak's end was made after the soak.
        Instant droppedAfterSoakAt = soakEnd != null && !decision.at().isBefore(soakEnd) ? decision.at() : null;
        return new SummaryAction(action.getKey(), nullToEmpty(action.getSummary()), state, status,
                dropReason.get().strip(), droppedAfterSoakAt);
    }

    private String latestComment(Issue action, ApplicationUser caller) {
        if (!features.isOn(OptionalFeatures.Feature.NOT_DOING_REASONS)) {
            return null;
        }
        List<Comment> comments = commentService.getCommentsForUser(caller, action);
        if (comments == null || comments.isEmpty()) {
            return null;
        }
        String body = comments.get(comments.size() - 1).getBody();
        return body == null || body.isBlank() ? null : body.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
