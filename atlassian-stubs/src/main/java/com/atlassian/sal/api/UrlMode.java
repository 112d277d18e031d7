package com.atlassian.sal.api;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.UrlMode); only the constant the plugin uses.
public enum UrlMode {
    /** The real enum also has RELATIVE, RELATIVE_CANONICAL, ABSOLUTE and AUTO. */
    CANONICAL
}
