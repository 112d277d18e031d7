package dev.postmortem.jira.decision;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.jira.host.UserTexts;

/** The decide view's words for the current user ({@link UserTexts}) from the {@code postmortem.jira.decision.*} keys. */
public class DecisionTexts extends UserTexts {

    static final String FORMER_USER_KEY = "postmortem.jira.decision.formerUser";

    public DecisionTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        super(authenticationContext, dateTimeFormatter, userManager, FORMER_USER_KEY);
    }
}
