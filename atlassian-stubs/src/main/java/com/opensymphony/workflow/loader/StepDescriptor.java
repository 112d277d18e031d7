package com.opensymphony.workflow.loader;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.StepDescriptor); only the members the plugin calls.
public class StepDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    StepDescriptor() {
    }

    /** The step's actions (ActionDescriptor), raw as in OSWorkflow. */
    @SuppressWarnings("rawtypes")
    public List getActions() {
        throw new UnsupportedOperationException();
    }
}
