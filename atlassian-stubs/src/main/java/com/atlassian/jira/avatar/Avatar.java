package com.atlassian.jira.avatar;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.avatar.Avatar); only the members the plugin calls.
public interface Avatar {

    Long getId();
}
