package dev.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.summary.SummaryAction;
import dev.postmortem.jira.setup.PostmortemLookup;

import java.util.List;
import java.util.Optional;

/**
 * The follow-up actions of a postmortem that the caller may see: the issues linked from it by the Postmortem
 * action link type ("has action"), without those the caller cannot browse. Hidden actions are dropped before
 * anything is computed from them, so not even their number leaks (counts and proportionality use this list).
 */
public class VisibleActions {

    private final IssueLinkManager issueLinkManager;
    private final PermissionManager permissionManager;
    private final PostmortemLookup lookup;

    public VisibleActions(IssueLinkManager issueLinkManager, PermissionManager permissionManager,
            PostmortemLookup lookup) {
        this.issueLinkManager = issueLinkManager;
        this.permissionManager = permissionManager;
        this.lookup = lookup;
    }

    public List<SummaryAction> of(Issue postmortem, ApplicationUser caller) {
        Optional<Long> linkTypeId = lookup.actionLinkType().map(IssueLinkType::getId);
        if (linkTypeId.isEmpty()) {
            return List.of();
        }
        return issueLinkManager.getOutwardLinks(postmortem.getId()).stream()
                .filter(link -> linkTypeId.get().equals(link.getLinkTypeId()))
                .map(IssueLink::getDestinationObject)
                .filter(action -> action != null
                        && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, action, caller))
                .map(VisibleActions::summaryAction)
                .toList();
    }

    private static SummaryAction summaryAction(Issue action) {
        String status = action.getStatus() == null || action.getStatus().getName() == null
                ? "" : action.getStatus().getName();
        return new SummaryAction(action.getKey(), nullToEmpty(action.getSummary()), ActionStates.of(action), status,
                null);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
