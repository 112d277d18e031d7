package com.opensymphony.workflow.loader;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ValidatorDescriptor); only the members the plugin calls.
public class ValidatorDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ValidatorDescriptor() {
    }

    @SuppressWarnings("rawtypes")
    public Map getArgs() {
        throw new UnsupportedOperationException();
    }
}
