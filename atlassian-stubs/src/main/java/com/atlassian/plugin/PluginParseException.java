package com.atlassian.plugin;

// Stand-in for com.atlassian.plugins:atlassian-plugins-api (com.atlassian.plugin.PluginParseException); only the members the plugin calls.
public class PluginParseException extends RuntimeException {

    public PluginParseException(String message) {
        super(message);
    }
}
