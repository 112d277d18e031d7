package com.atlassian.jira.issue.customfields.searchers;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.customfields.searchers.TextSearcher). No members: the
// plugin only names it (customfield-searcher class); Jira's container builds it with its own constructor.
public class TextSearcher {

    private TextSearcher() {
        throw new UnsupportedOperationException();
    }
}
