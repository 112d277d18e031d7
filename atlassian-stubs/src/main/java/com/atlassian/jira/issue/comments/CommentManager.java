package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.comments.CommentManager); only the members the plugin calls.
public interface CommentManager {

    /** The issue's comments this user may see (visibility restrictions applied), oldest first. */
    List<Comment> getCommentsForUser(Issue issue, ApplicationUser user);
}
