package com.atlassian.sal.api;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.UrlMode).
public enum UrlMode {
    RELATIVE,
    RELATIVE_CANONICAL,
    ABSOLUTE,
    CANONICAL,
    AUTO
}
