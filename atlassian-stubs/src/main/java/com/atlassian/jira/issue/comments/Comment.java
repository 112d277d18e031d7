package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.comments.Comment); only the members the plugin calls.
public interface Comment {

    String getBody();

    Long getId();

    Date getCreated();

    /** Null when the author is unknown (deleted user, anonymous comment). */
    ApplicationUser getAuthorApplicationUser();

    /** The group the comment is restricted to; null when it is not restricted to a group. */
    String getGroupLevel();

    /** The project role the comment is restricted to; null when it is not restricted to a role. */
    Long getRoleLevelId();
}
