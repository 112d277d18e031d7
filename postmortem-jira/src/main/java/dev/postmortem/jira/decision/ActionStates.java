package dev.postmortem.jira.decision;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import dev.postmortem.core.actions.ActionState;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How an action issue's Jira state maps to its follow-up state. Jira's status categories are the only part of a
 * workflow every site shares, so the mapping reads them, not status names:
 * <ul>
 *   <li>category "done" (green) with a resolution that means "not done" ({@link #NOT_DOING_RESOLUTIONS}, e.g.
 *       "Won't Do", "Declined", "Duplicate") → {@link ActionState#NOT_DOING};</li>
 *   <li>category "done" with any other resolution, or none → {@link ActionState#DONE};</li>
 *   <li>category "indeterminate" (in progress, blue): the action was committed → {@link ActionState#COMMITTED};</li>
 *   <li>anything else ("new", "undefined", no status) → {@link ActionState#PROPOSED}: soaking or awaiting a decision.</li>
 * </ul>
 * Resolution names are compared case-insensitively; the set holds Jira's default names and their usual German
 * translations. The resolution a project picked for dropping actions after the soak (its decision settings) is
 * "not doing" whatever its name; a site with other "not doing" resolution names of its own gets DONE for them
 * (docs/admin-guide.md, "Action states").
 */
public final class ActionStates {

    static final Set<String> NOT_DOING_RESOLUTIONS = Set.of(
            "won't do", "won't fix", "wont do", "wont fix", "declined", "duplicate", "cannot reproduce", "obsolete",
            "rejected", "not doing", "abgelehnt", "wird nicht erledigt", "wird nicht behoben", "duplikat", "verworfen");

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
        if (resolution.getName() == null) {
            return false;
        }
        String name = resolution.getName().strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return NOT_DOING_RESOLUTIONS.contains(name);
    }
}
