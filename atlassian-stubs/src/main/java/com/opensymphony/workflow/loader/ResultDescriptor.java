package com.opensymphony.workflow.loader;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ResultDescriptor); only the members the plugin calls.
public class ResultDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ResultDescriptor() {
    }

    public int getStep() {
        throw new UnsupportedOperationException();
    }
}
