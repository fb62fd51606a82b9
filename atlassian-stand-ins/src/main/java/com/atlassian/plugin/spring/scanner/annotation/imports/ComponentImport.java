package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Spring Scanner 6 {@code ComponentImport}. Source: alanmosely/basic-jira-development-
 * panels PullRequestResource (11.3) on constructor parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface ComponentImport {
  String value() default "";
}
