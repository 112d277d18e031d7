package com.atlassian.jira.issue;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.UpdateIssueRequest); only the members the plugin
// calls: the default request (dispatch "Issue Updated", Jira's own notification settings). The stub builds empty
// objects so that tests can pass one to a mocked IssueManager; it is never packaged.
public class UpdateIssueRequest {

    public static UpdateIssueRequestBuilder builder() {
        return new UpdateIssueRequestBuilder();
    }

    public static class UpdateIssueRequestBuilder {

        public UpdateIssueRequest build() {
            return new UpdateIssueRequest();
        }
    }
}
