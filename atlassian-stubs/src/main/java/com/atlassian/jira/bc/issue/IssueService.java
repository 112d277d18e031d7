package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.bc.issue.IssueService); only the members the plugin calls.
// CreateValidationResult's real superclass is IssueValidationResult (a ServiceResultImpl), whose own members we do
// not call; isValid/getErrorCollection come from ServiceResultImpl.
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    class IssueResult extends ServiceResultImpl {

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
        }

        public MutableIssue getIssue() {
            throw new UnsupportedOperationException();
        }
    }

    class CreateValidationResult extends ServiceResultImpl {

        public CreateValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
        }
    }

    class TransitionValidationResult extends ServiceResultImpl {

        @SuppressWarnings("rawtypes")
        public TransitionValidationResult(MutableIssue issue, ErrorCollection errors,
                Map<String, Object> fieldValuesHolder, Map additionInputs, int actionId) {
            super(errors);
        }
    }
}
