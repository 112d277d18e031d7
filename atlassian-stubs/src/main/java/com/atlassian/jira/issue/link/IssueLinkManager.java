package com.atlassian.jira.issue.link;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.link.IssueLinkManager); only the members the plugin calls.
public interface IssueLinkManager {

    /** Links whose destination is this issue (immutable list). */
    List<IssueLink> getInwardLinks(Long destinationIssueId);

    /** Links whose source is this issue (immutable list). */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);
}
