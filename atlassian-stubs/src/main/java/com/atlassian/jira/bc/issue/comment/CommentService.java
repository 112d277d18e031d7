package com.atlassian.jira.bc.issue.comment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.bc.issue.comment.CommentService); only the members the plugin calls.
public interface CommentService {

    /** The issue's comments this user may see (comment visibility restrictions applied), oldest first. */
    List<Comment> getCommentsForUser(ApplicationUser user, Issue issue);
}
