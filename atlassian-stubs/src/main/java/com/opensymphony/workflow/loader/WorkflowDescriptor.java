package com.opensymphony.workflow.loader;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.WorkflowDescriptor); only the members the plugin calls.
public class WorkflowDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    WorkflowDescriptor() {
    }

    public StepDescriptor getStep(int id) {
        throw new UnsupportedOperationException();
    }
}
