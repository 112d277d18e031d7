package dev.postmortem.jira.process;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.core.soak.TimeLeft;
import dev.postmortem.jira.narrative.UserDateTimes;

import java.time.Instant;
import java.util.Objects;

/**
 * The process view's words for the current user: Jira's i18n in their language ({@code postmortem.jira.process.*}),
 * times in their zone and Jira's date-time format ({@link UserDateTimes}), people by display name.
 */
public class ProcessTexts {

    static final String FORMER_USER_KEY = "postmortem.jira.process.formerUser";
    static final String ELAPSED_KEY = "postmortem.jira.process.elapsed";

    private final JiraAuthenticationContext authenticationContext;
    private final UserDateTimes dateTimes;
    private final UserManager userManager;

    public ProcessTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
        this.dateTimes = new UserDateTimes(dateTimeFormatter);
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    public String text(String key, Object... args) {
        return args.length == 0
                ? authenticationContext.getI18nHelper().getText(key)
                : authenticationContext.getI18nHelper().getText(key, args);
    }

    public String dateTime(Instant instant) {
        return dateTimes.format(instant);
    }

    /**
     * The display name of the user with this key; "a former user" (translated) when Jira no longer knows them. A
     * stored key (e.g. {@code JIRAUSER10100}) means nothing to a reader and is never shown.
     */
    public String userName(String userKey) {
        ApplicationUser user = userKey == null ? null : userManager.getUserByKey(userKey);
        return user == null || user.getDisplayName() == null || user.getDisplayName().isBlank()
                ? text(FORMER_USER_KEY)
                : user.getDisplayName();
    }

    /** "2 d 4 h 30 min" from {@code from} to {@code to}, rounded up to the minute as the soak's time left is. */
    public String elapsed(Instant from, Instant to) {
        return text(ELAPSED_KEY, TimeLeft.between(from, to).messageArgs().toArray());
    }
}
