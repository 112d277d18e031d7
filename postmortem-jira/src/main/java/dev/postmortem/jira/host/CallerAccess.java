package dev.postmortem.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import jakarta.ws.rs.core.Response.Status;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The permission checks of the REST resources and the issue panels, in one place. What a caller may not see answers
 * exactly like what does not exist (same status, same message), so a key cannot be probed for existence.
 */
public class CallerAccess {

    static final String ISSUE_NOT_FOUND_KEY = "postmortem.jira.rest.issue.notFound";
    static final String NOT_A_POSTMORTEM_KEY = "postmortem.jira.rest.issue.notPostmortem";
    static final String PROJECT_NOT_FOUND_KEY = "postmortem.jira.rest.project.notFound";
    static final String PROJECT_ADMIN_KEY = "postmortem.jira.rest.project.adminRequired";
    static final String LOGIN_KEY = "postmortem.jira.rest.error.loginRequired";

    private final IssueManager issueManager;
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final PostmortemLookup lookup;
    private final GlobalPermissionManager globalPermissionManager;

    /** Project administrators only may change a project's settings (tests of features that need no more). */
    public CallerAccess(IssueManager issueManager, ProjectManager projectManager, PermissionManager permissionManager,
            JiraAuthenticationContext authenticationContext, PostmortemLookup lookup) {
        this(issueManager, projectManager, permissionManager, authenticationContext, lookup, null);
    }

    /**
     * @param globalPermissionManager Jira administrators may change any project's settings too, as on Jira's own
     *                                project settings pages
     */
    public CallerAccess(IssueManager issueManager, ProjectManager projectManager, PermissionManager permissionManager,
            JiraAuthenticationContext authenticationContext, PostmortemLookup lookup,
            GlobalPermissionManager globalPermissionManager) {
        this.issueManager = issueManager;
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.lookup = lookup;
        this.globalPermissionManager = globalPermissionManager;
    }

    /** The caller, or null when anonymous. */
    public ApplicationUser caller() {
        return authenticationContext.getLoggedInUser();
    }

    public ApplicationUser loggedInCaller() {
        ApplicationUser caller = caller();
        if (caller == null) {
            throw RestProblem.of(Status.UNAUTHORIZED, LOGIN_KEY);
        }
        return caller;
    }

    /**
     * The issue with this key if it exists and the caller may browse it. Both "no such issue" and "not allowed" are
     * empty, so callers cannot tell them apart and neither can anyone probing keys.
     */
    public Optional<Issue> browsableIssue(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueObject(issueKey.strip());
        if (issue == null || !mayBrowse(issue)) {
            return Optional.empty();
        }
        return Optional.of(issue);
    }

    /**
     * Whether the caller (anonymous included) may browse this issue: one permission check on an issue already in
     * hand, no lookup. For naming linked issues, which must not be named to someone who cannot see them.
     */
    public boolean mayBrowse(Issue issue) {
        return issue != null && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, caller());
    }

    /** The postmortem issue with this key, if the caller may browse it; 404 otherwise. */
    public Issue visiblePostmortem(String issueKey) {
        Issue issue = browsableIssue(issueKey).orElseThrow(
                () -> RestProblem.of(Status.NOT_FOUND, ISSUE_NOT_FOUND_KEY, String.valueOf(issueKey)));
        if (!isPostmortem(issue)) {
            // The caller can see the issue anyway, so saying what it is leaks nothing.
            throw RestProblem.of(Status.NOT_FOUND, NOT_A_POSTMORTEM_KEY, issue.getKey());
        }
        return issue;
    }

    /** Whether the issue is of the Postmortem issue type that setup ensured. */
    public boolean isPostmortem(Issue issue) {
        return postmortemCheck().test(issue);
    }

    /**
     * Whether an issue is of the Postmortem issue type, with the type resolved once, now: for checking many issues in
     * one request (finding the type reads all issue types). Use it within the request only; a type renamed or made
     * later is found by the next request.
     */
    public Predicate<Issue> postmortemCheck() {
        Optional<String> postmortemTypeId = lookup.issueType().map(IssueType::getId);
        return issue -> {
            IssueType type = issue.getIssueType();
            return type != null && postmortemTypeId.filter(type.getId()::equals).isPresent();
        };
    }

    /** The project with this key, if the caller may browse it; 404 otherwise. */
    public Project visibleProject(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectObjByKey(projectKey);
        if (project == null
                || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, caller())) {
            throw RestProblem.of(Status.NOT_FOUND, PROJECT_NOT_FOUND_KEY, String.valueOf(projectKey));
        }
        return project;
    }

    /** Whether the caller is logged in and administers the issue's project (who may override a soak). */
    public boolean administersProjectOf(Issue issue) {
        ApplicationUser caller = caller();
        return caller != null && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, issue, caller);
    }

    /** 403 unless the caller may change the (visible) project's settings: its administrators and Jira's. */
    public void requireProjectAdmin(Project project) {
        if (!maySetUp(project, loggedInCaller())) {
            throw RestProblem.of(Status.FORBIDDEN, PROJECT_ADMIN_KEY, project.getKey());
        }
    }

    /**
     * Whether the user may change the project's Postmortem settings: the project's administrators, and Jira
     * administrators, who may open every project's settings in Jira. Overriding a soak stays with project
     * administrators ({@link #administersProjectOf}).
     */
    public boolean maySetUp(Project project, ApplicationUser user) {
        if (user == null) {
            return false;
        }
        if (permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user)) {
            return true;
        }
        return globalPermissionManager != null
                && (globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || globalPermissionManager.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user));
    }
}
