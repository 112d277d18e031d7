package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.link.IssueLinkManager); only the members the plugin calls.
public interface IssueLinkManager {

    /** Links source to destination with the type; sequence null appends. Checks no permission. */
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws CreateException;

    /** Links whose destination is this issue (immutable list). */
    List<IssueLink> getInwardLinks(Long destinationIssueId);

    /** Links whose source is this issue (immutable list). */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);
}
