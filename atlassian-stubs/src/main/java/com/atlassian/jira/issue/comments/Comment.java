package com.atlassian.jira.issue.comments;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.comments.Comment); only the members the plugin calls.
public interface Comment {

    String getBody();
}
