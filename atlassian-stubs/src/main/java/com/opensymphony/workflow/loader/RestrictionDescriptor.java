package com.opensymphony.workflow.loader;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.RestrictionDescriptor); only the members the plugin calls.
public class RestrictionDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    RestrictionDescriptor() {
    }

    public ConditionsDescriptor getConditionsDescriptor() {
        throw new UnsupportedOperationException();
    }
}
