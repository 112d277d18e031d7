package dev.postmortem.jira.admin;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Objects;

/**
 * Who may read and change the administration page: Jira administrators and system administrators. Asked on every
 * request, whatever the descriptor's {@code roles-required} already did, so the page never relies on one guard.
 */
public class AdminAccess {

    private final GlobalPermissionManager globalPermissionManager;
    private final JiraAuthenticationContext authenticationContext;

    public AdminAccess(GlobalPermissionManager globalPermissionManager,
            JiraAuthenticationContext authenticationContext) {
        this.globalPermissionManager = Objects.requireNonNull(globalPermissionManager, "globalPermissionManager");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
    }

    public boolean callerIsJiraAdmin() {
        ApplicationUser caller = authenticationContext.getLoggedInUser();
        // A system administrator is asked for separately, as Jira 11 apps do (codescape, Atlassian's Slack app).
        return caller != null && (globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, caller)
                || globalPermissionManager.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, caller));
    }
}
