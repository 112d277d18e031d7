package dev.postmortem.jira.incident;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.jira.host.UserTexts;

/** The incident feature's words for the current user (row texts, "a former user"). */
public class IncidentTexts extends UserTexts {

    public IncidentTexts(JiraAuthenticationContext authenticationContext, DateTimeFormatter dateTimeFormatter,
            UserManager userManager) {
        super(authenticationContext, dateTimeFormatter, userManager, "postmortem.jira.incident.formerUser");
    }
}
