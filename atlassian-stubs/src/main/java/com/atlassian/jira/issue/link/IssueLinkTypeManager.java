package com.atlassian.jira.issue.link;

import java.util.Collection;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.issue.link.IssueLinkTypeManager); only the members the plugin calls.
public interface IssueLinkTypeManager {

    /** Returns nothing: look the new type up by name afterwards. A null style makes a normal (user) link type. */
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);

    /** Every link type, for the condition's configuration form. */
    Collection<IssueLinkType> getIssueLinkTypes();

    /** Null when no link type has this id (e.g. it was deleted). Served from Jira's link type cache. */
    IssueLinkType getIssueLinkType(Long id);
}
