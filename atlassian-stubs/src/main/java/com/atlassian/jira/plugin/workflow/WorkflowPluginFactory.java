package com.atlassian.jira.plugin.workflow;

import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.plugin.workflow.WorkflowPluginFactory).
public interface WorkflowPluginFactory {

    /** resourceName: "view", "input-parameters" or "edit-parameters". */
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    /** Turns the submitted form (values usually String[]) into the descriptor's args. */
    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
