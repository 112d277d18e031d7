package com.atlassian.jira.security.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.security.request.SupportedMethods): the HTTP methods a
// webwork action (class) or command (method) accepts.
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SupportedMethods {

    RequestMethod[] value();
}
