package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.actions.NotDoingResolutions;

import java.util.Optional;

/**
 * How an action issue's Jira state maps to its follow-up state. Jira's status categories are the only part of a
 * workflow every site shares, so the mapping reads them, not status names:
 * <ul>
 *   <li>category "done" (green) with a resolution that means "not done" ({@link NotDoingResolutions}, e.g.
 *       "Won't Do", "Declined", "Duplicate") → {@link ActionState#NOT_DOING};</li>
 *   <li>category "done" with any other resolution, or none → {@link ActionState#DONE};</li>
 *   <li>category "indeterminate" (in progress, blue): the action was committed → {@link ActionState#COMMITTED};</li>
 *   <li>anything else ("new", "undefined", no status) → {@link ActionState#PROPOSED}: soaking or awaiting a decision.</li>
 * </ul>
 * The resolution a project picked for dropping actions after the soak (its decision settings) is
 * "not doing" whatever its name; a site with other "not doing" resolution names of its own gets DONE for them
 * (docs/admin-guide.md, "Action states").
 */
public final class ActionStates {

    private ActionStates() {
    }

    public static ActionState of(Issue action) {
        return of(action, Optional.empty());
    }

    /**
     * @param notDoingResolutionId the resolution the project drops actions with (its decision settings), which
     *                             means "not doing" whatever it is called; empty when none was picked
     */
    public static ActionState of(Issue action, Optional<String> notDoingResolutionId) {
        Status status = action.getStatus();
        StatusCategory category = status == null ? null : status.getStatusCategory();
        String key = category == null ? "" : category.getKey();
        return switch (key) {
            case "done" -> notDoing(action.getResolution(), notDoingResolutionId)
                    ? ActionState.NOT_DOING : ActionState.DONE;
            case "indeterminate" -> ActionState.COMMITTED;
            default -> ActionState.PROPOSED;
        };
    }

    private static boolean notDoing(Resolution resolution, Optional<String> notDoingResolutionId) {
        if (resolution == null) {
            return false;
        }
        if (notDoingResolutionId.isPresent() && notDoingResolutionId.get().equals(resolution.getId())) {
            return true;
        }
        return NotDoingResolutions.named(resolution.getName());
    }
}
