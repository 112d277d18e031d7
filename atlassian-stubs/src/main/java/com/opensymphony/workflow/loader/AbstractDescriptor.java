package com.opensymphony.workflow.loader;

import java.io.Serializable;

// Stand-in for com.atlassian.jira:jira-api (Atlassian's OSWorkflow fork, com.opensymphony.workflow.loader.AbstractDescriptor);
// only the members the plugin calls. The real class also implements com.opensymphony.workflow.util.XMLizable.
public abstract class AbstractDescriptor implements Serializable {

    /** The descriptor's id in its workflow (an action's id is the transition id IssueService takes). */
    public int getId() {
        throw new UnsupportedOperationException();
    }
}
