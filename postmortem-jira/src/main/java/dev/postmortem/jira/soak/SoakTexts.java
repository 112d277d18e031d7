package dev.postmortem.jira.soak;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.soak.SoakVerdict;
import dev.postmortem.core.soak.TimeLeft;
import dev.postmortem.jira.host.UserTexts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The soak gate's words for the current user ({@link UserTexts}: Jira's i18n for their language, Jira's date formatter
 * for their time zone and date format). Every text comes from the Jira bundle ({@code postmortem.jira.soak.*}).
 */
public class SoakTexts extends UserTexts {

    static final String HIDDEN_KEY = "postmortem.jira.soak.hiddenPostmortems";
    static final String FORMER_USER_KEY = "postmortem.jira.soak.formerUser";

    public SoakTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        super(authenticationContext, dateTimeFormatter, userManager, FORMER_USER_KEY);
    }

    public String problem(GateProblem problem) {
        return text(problem.messageKey(), problem.args().toArray());
    }

    /** "2 d 4 h 30 min", as the core's {@link TimeLeft} counts it (rounded up to the minute). */
    public String timeLeft(Instant now, Instant until) {
        return duration("postmortem.jira.soak.timeLeft", now, until);
    }

    /**
     * Why the action may not move on, naming the postmortem and (when soaking) the end of the soak. Used by the
     * validator's error. Postmortems the viewer may not browse are described, never named. Null when the decision
     * passes.
     */
    public String blocked(Issue action, GateDecision decision, Predicate<Issue> mayBrowse) {
        if (decision.passes()) {
            return null;
        }
        String key = action == null ? "?" : action.getKey();
        if (decision instanceof GateDecision.CannotEvaluate cannot) {
            return text("postmortem.jira.soak.blocked.cannotEvaluate", key, problem(cannot.problem(), decision, mayBrowse));
        }
        SoakVerdict verdict = ((GateDecision.Evaluated) decision).verdict();
        if (verdict instanceof SoakVerdict.Soaking soaking) {
            return text("postmortem.jira.soak.blocked.soaking", key,
                    postmortemName(soaking.heldByKey(), decision, mayBrowse), dateTime(soaking.until()));
        }
        if (verdict instanceof SoakVerdict.AwaitingDebrief awaiting) {
            List<String> keys = awaiting.postmortemKeys();
            return text("postmortem.jira.soak.blocked.awaitingDebrief", key,
                    String.join(", ", postmortemNames(keys, decision, mayBrowse)), keys.size());
        }
        return text("postmortem.jira.soak.blocked.noPostmortem", key);
    }

    /**
     * A problem for this viewer: an argument that is the key of a linked postmortem they may not browse is
     * replaced by the description of a hidden postmortem. The log keeps the key (admins read it).
     */
    public String problem(GateProblem problem, GateDecision decision, Predicate<Issue> mayBrowse) {
        return text(problem.messageKey(), shownArgs(problem, decision.postmortems(), mayBrowse).toArray());
    }

    /** The problem's arguments as {@link #problem(GateProblem, GateDecision, Predicate)} shows them. */
    public List<Object> shownArgs(GateProblem problem, Map<String, Issue> postmortems, Predicate<Issue> mayBrowse) {
        return problem.args().stream()
                .map(arg -> arg instanceof String key && postmortems.containsKey(key)
                        ? postmortemName(key, postmortems, mayBrowse)
                        : arg)
                .toList();
    }

    /** The postmortem's key if the viewer may browse it, else "a postmortem you cannot see". */
    public String postmortemName(String key, GateDecision decision, Predicate<Issue> mayBrowse) {
        return postmortemName(key, decision.postmortems(), mayBrowse);
    }

    private String postmortemName(String key, Map<String, Issue> postmortems, Predicate<Issue> mayBrowse) {
        return visible(key, postmortems, mayBrowse) ? key : text(HIDDEN_KEY, 1);
    }

    /**
     * The keys the viewer may browse, in order, then one description counting those they may not
     * ("2 postmortems you cannot see"): as many postmortems as the keys, none of the hidden ones named.
     */
    public List<String> postmortemNames(List<String> keys, GateDecision decision, Predicate<Issue> mayBrowse) {
        List<String> names = new ArrayList<>();
        int hidden = 0;
        for (String key : keys) {
            if (visible(key, decision.postmortems(), mayBrowse)) {
                names.add(key);
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            names.add(text(HIDDEN_KEY, hidden));
        }
        return names;
    }

    /** A key the decision does not carry the issue for cannot be checked, so it is not named (fails closed). */
    private static boolean visible(String key, Map<String, Issue> postmortems, Predicate<Issue> mayBrowse) {
        Issue postmortem = postmortems.get(key);
        return postmortem != null && mayBrowse.test(postmortem);
    }
}
