package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.link.IssueLink); only the members the plugin calls.
public interface IssueLink {

    Long getLinkTypeId();

    Long getSourceId();

    IssueLinkType getIssueLinkType();

    Issue getSourceObject();

    Issue getDestinationObject();
}
