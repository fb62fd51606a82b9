package com.atlassian.jira.security.xsrf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code com.atlassian.jira.security.xsrf.RequiresXsrfCheck}, as used on {@code
 * doExecute()} by codescape/jira-scrum-poker (11.3.1). Retention and targets are [K].
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresXsrfCheck {}
