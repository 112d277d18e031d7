package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory); only the members the plugin
// overrides or calls. getVelocityParams dispatches on the resource name to the three hooks below.
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, Object> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException();
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
