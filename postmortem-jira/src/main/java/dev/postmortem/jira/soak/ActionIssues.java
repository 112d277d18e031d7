package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Objects;
import java.util.Optional;

/** Issue lookup with Jira's permissions, for the panel and the REST resource. */
public class ActionIssues {

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;

    public ActionIssues(IssueManager issueManager, PermissionManager permissionManager) {
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
    }

    /**
     * The issue if it exists and the user (null = anonymous) may browse it. Both "no such issue" and "not
     * allowed" are empty, so callers cannot tell them apart and neither can anyone probing keys.
     */
    public Optional<Issue> browsable(String issueKey, ApplicationUser user) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueObject(issueKey.strip());
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    /** Overrides are for the action's project admins. */
    public boolean mayOverride(Issue issue, ApplicationUser user) {
        return user != null && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, issue, user);
    }
}
