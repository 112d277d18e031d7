package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

// Stand-in for com.atlassian.plugins:atlassian-plugins-webfragment-api (com.atlassian.plugin.web.ContextProvider).
public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
