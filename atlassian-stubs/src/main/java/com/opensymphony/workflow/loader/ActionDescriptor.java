package com.opensymphony.workflow.loader;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ActionDescriptor); only the members the plugin calls.
public class ActionDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ActionDescriptor() {
    }

    public RestrictionDescriptor getRestriction() {
        throw new UnsupportedOperationException();
    }

    public ResultDescriptor getUnconditionalResult() {
        throw new UnsupportedOperationException();
    }

    /** The action's validators (ValidatorDescriptor), raw as in OSWorkflow. */
    @SuppressWarnings("rawtypes")
    public List getValidators() {
        throw new UnsupportedOperationException();
    }
}
