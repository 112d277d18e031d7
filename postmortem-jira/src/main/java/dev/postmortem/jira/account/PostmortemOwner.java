package dev.postmortem.jira.account;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Optional;

/**
 * Who owns a postmortem: its assignee, else its reporter. The owner asks the participants for their accounts and may
 * correct one (recorded in the account), so the role follows the issue rather than a setting of its own.
 */
public final class PostmortemOwner {

    private PostmortemOwner() {
    }

    public static Optional<ApplicationUser> of(Issue postmortem) {
        ApplicationUser assignee = postmortem.getAssignee();
        return Optional.ofNullable(assignee != null ? assignee : postmortem.getReporter());
    }

    public static boolean is(ApplicationUser user, Issue postmortem) {
        return user != null && of(postmortem).map(owner -> owner.getKey().equals(user.getKey())).orElse(false);
    }

    /** Only the participant themself, or the owner to correct a mistake, may change an account. */
    public static boolean mayWrite(ApplicationUser user, Issue postmortem, String participantUserKey) {
        return user != null && (user.getKey().equals(participantUserKey) || is(user, postmortem));
    }
}
