package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

// Stand-in for com.atlassian.plugins:atlassian-plugins-webfragment-api (com.atlassian.plugin.web.Condition).
public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
