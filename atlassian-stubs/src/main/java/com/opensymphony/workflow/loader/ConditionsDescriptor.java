package com.opensymphony.workflow.loader;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ConditionsDescriptor); only the members the plugin calls.
public class ConditionsDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ConditionsDescriptor() {
    }

    /** ConditionDescriptor and nested ConditionsDescriptor (AND/OR groups), raw as in OSWorkflow. */
    @SuppressWarnings("rawtypes")
    public List getConditions() {
        throw new UnsupportedOperationException();
    }
}
