package com.atlassian.jira.config;

import com.atlassian.jira.issue.resolution.Resolution;

import java.util.List;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.config.ResolutionManager); only the members the plugin calls.
public interface ResolutionManager {

    /** Every resolution, in the order the admin set. */
    List<Resolution> getResolutions();
}
