package com.opensymphony.workflow.loader;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ConditionsDescriptor):
// a group of conditions joined by AND or OR; only the members the plugin calls. The real class also implements
// com.opensymphony.workflow.loader.Validatable.
public class ConditionsDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ConditionsDescriptor() {
    }

    /** {@link ConditionDescriptor}s and nested {@link ConditionsDescriptor}s. */
    @SuppressWarnings("rawtypes")
    public List getConditions() {
        throw new UnsupportedOperationException();
    }
}
