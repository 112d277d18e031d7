package com.atlassian.jira.web.action;

import jakarta.servlet.http.HttpServletRequest;
import webwork.action.ActionSupport;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.web.action.JiraWebActionSupport); only the members
// the plugin calls. A direct subclass of webwork.action.ActionSupport on Jira 10.3 (JiraActionSupport of Jira 5-7 is
// gone); the real class also implements ErrorCollection, AuthorizationSupport and HttpServletVariables.
public class JiraWebActionSupport extends ActionSupport {

    public JiraWebActionSupport() {
    }

    /** The current request (Jakarta Servlet on Jira 11). */
    public HttpServletRequest getHttpRequest() {
        throw new UnsupportedOperationException();
    }
}
