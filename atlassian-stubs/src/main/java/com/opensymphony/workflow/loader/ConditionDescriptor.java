package com.opensymphony.workflow.loader;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ConditionDescriptor); only the members the plugin calls.
public class ConditionDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ConditionDescriptor() {
    }

    @SuppressWarnings("rawtypes")
    public Map getArgs() {
        throw new UnsupportedOperationException();
    }
}
