package com.atlassian.jira.web.action;

import com.atlassian.jira.action.JiraActionSupport;
import jakarta.servlet.http.HttpServletRequest;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.web.action.JiraWebActionSupport); only the members
// the plugin calls. The real class also implements ErrorCollection, AuthorizationSupport and HttpServletVariables.
public class JiraWebActionSupport extends JiraActionSupport {

    public JiraWebActionSupport() {
    }

    /** The current request (Jakarta Servlet on Jira 11). */
    public HttpServletRequest getHttpRequest() {
        throw new UnsupportedOperationException();
    }
}
