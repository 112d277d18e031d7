package dev.postmortem.jira.process;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which action issues one viewer may browse, for one request: each distinct action is decided once (one Jira issue
 * lookup and one browse check, the summary's), and at most {@code limit} actions are decided. An action that does
 * not exist (any more), one the viewer may not browse, and one past the limit are all "not visible": counted
 * nowhere, named nowhere. Not thread-safe; a new one per request.
 */
final class ActionVisibility {

    private final IssueManager issueManager;
    private final Predicate<Issue> mayBrowse;
    private final int limit;
    /** Decided actions: the issue when visible, null when not. */
    private final Map<Long, Issue> decided = new HashMap<>();

    ActionVisibility(IssueManager issueManager, Predicate<Issue> mayBrowse, int limit) {
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.mayBrowse = Objects.requireNonNull(mayBrowse, "mayBrowse");
        this.limit = limit;
    }

    /** Whether the viewer may browse this action; false past the limit. */
    boolean isVisible(long actionId) {
        return issue(actionId).isPresent();
    }

    /** The action, when the viewer may browse it. */
    Optional<Issue> issue(long actionId) {
        if (decided.containsKey(actionId)) {
            return Optional.ofNullable(decided.get(actionId));
        }
        if (decided.size() >= limit) {
            return Optional.empty();
        }
        Issue action = issueManager.getIssueObject(actionId);
        Issue visible = action != null && mayBrowse.test(action) ? action : null;
        decided.put(actionId, visible);
        return Optional.ofNullable(visible);
    }

    /** Whether all of these actions can still be decided within the limit (those decided already cost nothing). */
    boolean canDecide(Collection<Long> actionIds) {
        long undecided = actionIds.stream().distinct().filter(id -> !decided.containsKey(id)).count();
        return decided.size() + undecided <= limit;
    }
}
