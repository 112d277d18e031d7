package dev.postmortem.jira.process;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.jira.host.UserTexts;

import java.time.Instant;

/**
 * The process view's words for the current user ({@link UserTexts}) from the {@code postmortem.jira.process.*} keys.
 */
public class ProcessTexts extends UserTexts {

    static final String FORMER_USER_KEY = "postmortem.jira.process.formerUser";
    static final String ELAPSED_KEY = "postmortem.jira.process.elapsed";

    public ProcessTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        super(authenticationContext, dateTimeFormatter, userManager, FORMER_USER_KEY);
    }

    /**
     * "2 d 4 h 30 min" from {@code from} to {@code to}, rounded up to the minute as the soak's time left is, without
     * zero units ("2 h", not "0 d 2 h 0 min"); "less than a minute" (translated) when nothing is left.
     */
    public String elapsed(Instant from, Instant to) {
        return duration(ELAPSED_KEY, from, to);
    }
}
