package dev.postmortem.jira.soak;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.soak.SoakVerdict;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The soak gate's words for the current user: Jira's i18n for their language, and Jira's date formatter for their
 * time zone and date format. Every text comes from the Jira bundle ({@code postmortem.jira.soak.*}).
 */
public class SoakTexts {

    private final JiraAuthenticationContext authenticationContext;
    private final DateTimeFormatter dateTimeFormatter;
    private final UserManager userManager;

    public SoakTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.dateTimeFormatter = Objects.requireNonNull(dateTimeFormatter, "dateTimeFormatter");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    public String text(String key, Object... args) {
        return args.length == 0
                ? authenticationContext.getI18nHelper().getText(key)
                : authenticationContext.getI18nHelper().getText(key, args);
    }

    public String problem(GateProblem problem) {
        return text(problem.messageKey(), problem.args().toArray());
    }

    /**
     * The display name of the user with this key; the key itself when Jira no longer knows the user. Stored keys
     * are opaque on current Jira (e.g. {@code JIRAUSER10100}) and mean nothing to a reader.
     */
    public String userName(String userKey) {
        ApplicationUser user = userManager.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null ? userKey : user.getDisplayName();
    }

    /** An instant in the logged-in user's time zone, locale and Jira's complete date-time format. */
    public String dateTime(Instant instant) {
        return dateTimeFormatter.forLoggedInUser().withStyle(DateTimeStyle.COMPLETE).format(Date.from(instant));
    }

    /** "2 d 4 h 30 min": whole minutes, rounded up so that "0 min" never shows while still soaking. */
    public String timeLeft(Instant now, Instant until) {
        long minutes = Math.max(0, (Duration.between(now, until).toSeconds() + 59) / 60);
        return text("postmortem.jira.soak.timeLeft", minutes / (24 * 60), (minutes / 60) % 24, minutes % 60);
    }

    /**
     * Why the action may not move on, naming the postmortem and (when soaking) the end of the soak. Used by the
     * validator's error and the panel. Null when the decision passes.
     */
    public String blocked(Issue action, GateDecision decision) {
        if (decision.passes()) {
            return null;
        }
        String key = action == null ? "?" : action.getKey();
        if (decision instanceof GateDecision.CannotEvaluate cannot) {
            return text("postmortem.jira.soak.blocked.cannotEvaluate", key, problem(cannot.problem()));
        }
        SoakVerdict verdict = ((GateDecision.Evaluated) decision).verdict();
        if (verdict instanceof SoakVerdict.Soaking soaking) {
            return text("postmortem.jira.soak.blocked.soaking", key, soaking.heldByKey(), dateTime(soaking.until()));
        }
        if (verdict instanceof SoakVerdict.AwaitingDebrief awaiting) {
            List<String> keys = awaiting.postmortemKeys();
            return text("postmortem.jira.soak.blocked.awaitingDebrief", key, String.join(", ", keys), keys.size());
        }
        return text("postmortem.jira.soak.blocked.noPostmortem", key);
    }
}
