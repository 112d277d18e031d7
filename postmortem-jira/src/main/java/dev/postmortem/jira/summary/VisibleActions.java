package dev.postmortem.jira.summary;

import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.jira.decision.ActionStates;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.PostmortemLookup;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The follow-up actions of a postmortem that the caller may see: the issues linked from it by the Postmortem
 * action link type ("has action"), without those the caller cannot browse. Hidden actions are dropped before
 * anything is computed from them, so not even their number leaks (counts and proportionality use this list).
 *
 * <p>Why an action is not being done: the latest comment on it that the caller may see. Teams close an action
 * as "Won't Do" with a comment saying why; comment visibility restrictions apply, so a restricted reason is
 * never shown to someone who could not read it on the issue. Without Jira's comment service (an optional host
 * service) no reason is shown.
 */
public class VisibleActions {

    private final IssueLinkManager issueLinkManager;
    private final PermissionManager permissionManager;
    private final PostmortemLookup lookup;
    private final CommentService commentService;
    private final OptionalFeatures features;

    public VisibleActions(IssueLinkManager issueLinkManager, PermissionManager permissionManager,
            PostmortemLookup lookup, CommentService commentService, OptionalFeatures features) {
        this.issueLinkManager = issueLinkManager;
        this.permissionManager = permissionManager;
        this.lookup = lookup;
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
        Optional<Long> linkTypeId = lookup.actionLinkType().map(IssueLinkType::getId);
        if (linkTypeId.isEmpty()) {
            return List.of();
        }
        return issueLinkManager.getOutwardLinks(postmortem.getId()).stream()
                .filter(link -> linkTypeId.get().equals(link.getLinkTypeId()))
                .map(IssueLink::getDestinationObject)
                .filter(action -> action != null && mayBrowse.test(action))
                .map(action -> summaryAction(action, caller))
                .toList();
    }

    private SummaryAction summaryAction(Issue action, ApplicationUser caller) {
        String status = action.getStatus() == null || action.getStatus().getName() == null
                ? "" : action.getStatus().getName();
        ActionState state = ActionStates.of(action);
        String reason = state == ActionState.NOT_DOING ? latestComment(action, caller) : null;
        return new SummaryAction(action.getKey(), nullToEmpty(action.getSummary()), state, status, reason);
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
