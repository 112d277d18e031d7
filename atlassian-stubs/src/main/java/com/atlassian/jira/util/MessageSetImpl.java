package com.atlassian.jira.util;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.util.MessageSetImpl); only the members the plugin calls.
// The real class extends AbstractMessageSet, which implements MessageSet.
public class MessageSetImpl implements MessageSet {

    // Empty (not throwing) so that code under test can create one (tests replace it with Mockito's mockConstruction).
    public MessageSetImpl() {
    }

    @Override
    public void addErrorMessage(String errorMessage) {
        throw new UnsupportedOperationException();
    }
}
