package com.opensymphony.workflow.loader;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.ActionDescriptor);
// only the members the plugin calls. The real class also implements com.opensymphony.workflow.loader.Validatable.
public class ActionDescriptor extends AbstractDescriptor {

    /** Package-level since OSWorkflow 2.8: descriptors come from DescriptorFactory. */
    ActionDescriptor() {
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    /** The transition's conditions; null when it has none. */
    public RestrictionDescriptor getRestriction() {
        throw new UnsupportedOperationException();
    }

    public ResultDescriptor getUnconditionalResult() {
        throw new UnsupportedOperationException();
    }

    /** The transition's validators ({@link ValidatorDescriptor}s). */
    @SuppressWarnings("rawtypes")
    public List getValidators() {
        throw new UnsupportedOperationException();
    }
}
