package com.atlassian.jira.issue.link;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.link.IssueLinkType); only the members the plugin calls.
public interface IssueLinkType {

    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
