package com.atlassian.jira.action;

import webwork.action.ActionSupport;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.action.JiraActionSupport), the superclass of
// JiraWebActionSupport; no member of its own is used.
public class JiraActionSupport extends ActionSupport {

    public JiraActionSupport() {
    }
}
