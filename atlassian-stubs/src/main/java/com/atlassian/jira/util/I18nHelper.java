package com.atlassian.jira.util;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.util.I18nHelper); only the members the plugin calls.
public interface I18nHelper {

    String getText(String key);

    /** parameters: a single value, a List or an Object[] of the message arguments. */
    String getText(String key, Object parameters);
}
