package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;

import java.util.Map;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.FunctionProvider; raw Maps as in the API).
@SuppressWarnings("rawtypes")
public interface FunctionProvider {

    void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
