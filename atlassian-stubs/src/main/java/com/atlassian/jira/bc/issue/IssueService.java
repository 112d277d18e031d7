package com.atlassian.jira.bc.issue;

import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.bc.issue.IssueService); only the members the plugin calls.
// The nested result classes are stubbed without their real superclasses (ServiceResultImpl, IssueValidationResult),
// whose members we do not call; isValid/getErrorCollection are inherited from them in Jira.
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    class IssueResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("stub");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("stub");
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("stub");
        }
    }

    class CreateValidationResult {
        public boolean isValid() {
            throw new UnsupportedOperationException("stub");
        }

        public ErrorCollection getErrorCollection() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
