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
 * Which action issues one viewer may browse, for one request or one render of the postmortem panel: each distinct
 * action is decided once (one browse check, and one Jira issue lookup unless the issue is in hand already), so the
 * panel's summary and its Process part share one answer. An action that does not exist (any more), one the viewer
 * may not browse, and one past the limit are all "not visible": counted nowhere, named nowhere.
 *
 * <p>Two ways in: {@link #isVisible(Issue)} for an action in hand (the summary's linked actions: a browse check,
 * no lookup, no limit, as the summary shows every linked action the viewer may browse), and {@link #isVisible(long)}
 * / {@link #issue(long)} by id (the recorded process: a lookup and a browse check, at most {@code limit} of them;
 * actions decided already cost nothing). Not thread-safe and never kept: a new one per request or render, so no
 * answer outlives the permissions it was made under or is seen by another user.
 */
public final class ActionVisibility {

    private final IssueManager issueManager;
    private final Predicate<Issue> mayBrowse;
    private final int limit;
    /** Decided actions: the issue when visible, null when not. */
    private final Map<Long, Issue> decided = new HashMap<>();
    /** Actions looked up by id, which the limit bounds. */
    private int lookups;

    ActionVisibility(IssueManager issueManager, Predicate<Issue> mayBrowse, int limit) {
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.mayBrowse = Objects.requireNonNull(mayBrowse, "mayBrowse");
        this.limit = limit;
    }

    /**
     * Whether the viewer may browse this action issue, already in hand (a link's destination): decided once per
     * distinct action, never looked up, not limited. False for no issue.
     */
    public boolean isVisible(Issue action) {
        if (action == null) {
            return false;
        }
        Long id = action.getId();
        if (id == null) {
            // Cannot be recognised by id later: checked, not remembered.
            return mayBrowse.test(action);
        }
        if (decided.containsKey(id)) {
            return decided.get(id) != null;
        }
        boolean visible = mayBrowse.test(action);
        decided.put(id, visible ? action : null);
        return visible;
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
        if (lookups >= limit) {
            return Optional.empty();
        }
        lookups++;
        Issue action = issueManager.getIssueObject(actionId);
        Issue visible = action != null && mayBrowse.test(action) ? action : null;
        decided.put(actionId, visible);
        return Optional.ofNullable(visible);
    }

    /** Whether all of these actions can still be decided within the limit (those decided already cost nothing). */
    boolean canDecide(Collection<Long> actionIds) {
        long undecided = actionIds.stream().distinct().filter(id -> !decided.containsKey(id)).count();
        return lookups + undecided <= limit;
    }

    /**
     * As {@link #canDecide}, but counting every distinct action decided so far, looked up or in hand: what bounds the
     * browse checks of a request that decides linked actions in hand as well (the process report's decision counts).
     */
    boolean canCheck(Collection<Long> actionIds) {
        long undecided = actionIds.stream().distinct().filter(id -> !decided.containsKey(id)).count();
        return decided.size() + undecided <= limit;
    }
}
