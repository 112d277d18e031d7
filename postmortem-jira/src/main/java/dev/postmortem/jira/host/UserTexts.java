package dev.postmortem.jira.host;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.soak.TimeLeft;

import java.time.Instant;
import java.util.Objects;

/**
 * Words for the current user, shared by the soak and process features: Jira's i18n in their language, times in
 * their zone and Jira's date-time format ({@link UserDateTimes}), people by display name. Each feature names the
 * key of its own translated "a former user", since each has its own bundle keys.
 */
public class UserTexts {

    private final JiraAuthenticationContext authenticationContext;
    private final UserDateTimes dateTimes;
    private final UserManager userManager;
    private final String formerUserKey;

    protected UserTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager, String formerUserKey) {
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.dateTimes = new UserDateTimes(dateTimeFormatter);
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.formerUserKey = Objects.requireNonNull(formerUserKey, "formerUserKey");
    }

    public String text(String key, Object... args) {
        return args.length == 0
                ? authenticationContext.getI18nHelper().getText(key)
                : authenticationContext.getI18nHelper().getText(key, args);
    }

    /** An instant in the logged-in user's time zone, locale and Jira's complete date-time format. */
    public String dateTime(Instant instant) {
        return dateTimes.format(instant);
    }

    /**
     * The display name of the user with this key; "a former user" (translated) when Jira no longer knows them. Stored
     * keys are opaque on current Jira (e.g. {@code JIRAUSER10100}), mean nothing to a reader and are never shown.
     */
    public String userName(String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null || user.getDisplayName().isBlank()
                ? text(formerUserKey)
                : user.getDisplayName();
    }

    /**
     * The time from {@code from} to {@code to} as the message {@code key} words it ("2 d 4 h", days, hours, minutes as
     * choice arguments that leave out a zero unit), counted as the core's {@link TimeLeft} counts the soak's time left
     * (a started minute counts); the text of {@code key + ".none"} when nothing is left.
     */
    protected String duration(String key, Instant from, Instant to) {
        String duration = text(key, TimeLeft.between(from, to).messageArgs().toArray()).strip();
        return duration.isEmpty() ? text(key + ".none") : duration;
    }
}
