package com.atlassian.plugin;

// Stand-in for com.atlassian.plugins:atlassian-plugins-api (com.atlassian.plugin.PluginParseException); the plugin only declares
// it (init(...) throws it). The real class extends com.atlassian.plugin.PluginException, a RuntimeException the plugin never
// names; the implicit constructor stands for the real public no-argument one.
public class PluginParseException extends RuntimeException {
}
