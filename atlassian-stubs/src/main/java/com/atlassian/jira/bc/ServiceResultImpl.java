package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.bc.ServiceResultImpl); only the members the plugin calls.
// The real class implements com.atlassian.jira.bc.ServiceResult (not used, not stubbed).
public class ServiceResultImpl {

    public ServiceResultImpl(ErrorCollection errorCollection) {
        throw new UnsupportedOperationException();
    }

    public boolean isValid() {
        throw new UnsupportedOperationException();
    }

    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException();
    }
}
