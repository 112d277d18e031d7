package com.atlassian.jira.security.request;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.request.RequestMethod); only the constants the
// plugin uses.
public enum RequestMethod {
    GET,
    POST
}
