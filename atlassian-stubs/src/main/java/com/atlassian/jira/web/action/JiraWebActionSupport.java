package com.atlassian.jira.web.action;

import com.atlassian.jira.action.JiraActionSupport;
import jakarta.servlet.http.HttpServletRequest;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.web.action.JiraWebActionSupport); only the members the
// plugin calls. The real class also implements ErrorCollection, AuthorizationSupport and HttpServletVariables (where
// getHttpRequest is declared); none of their other members is used.
public class JiraWebActionSupport extends JiraActionSupport {

    public JiraWebActionSupport() {
    }

    /** The request being served (jakarta on Jira 11). */
    public HttpServletRequest getHttpRequest() {
        throw new UnsupportedOperationException("stub");
    }
}
