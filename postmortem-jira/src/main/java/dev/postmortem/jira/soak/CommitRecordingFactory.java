package dev.postmortem.jira.soak;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;

import java.util.Map;

/** The {@link CommitRecordingFunction} has no settings: its view template is one translated line. */
public class CommitRecordingFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginFunctionFactory {

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        // No settings.
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        // No settings.
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        // No settings.
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return Map.of();
    }
}
