package com.atlassian.jira.security.xsrf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.xsrf.RequiresXsrfCheck): on a webwork action
// method, Jira refuses the request unless it carries the user's atl_token.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresXsrfCheck {
}
