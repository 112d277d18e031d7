package com.opensymphony.workflow.loader;

import java.io.Serializable;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.AbstractDescriptor);
// no member is called by the plugin. The real class also implements com.opensymphony.workflow.util.XMLizable.
public abstract class AbstractDescriptor implements Serializable {
}
