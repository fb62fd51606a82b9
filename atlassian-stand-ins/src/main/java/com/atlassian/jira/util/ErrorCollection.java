package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: {@code getErrors()}, {@code getErrorMessages()}, {@code hasAnyErrors()} as Jira 7+
 * callers use them on IssueService results (code index ids 12900613255, 39563224855). See
 * atlassian-stand-ins/SOURCES.md.
 */
public interface ErrorCollection {
  Map<String, String> getErrors();

  Collection<String> getErrorMessages();

  boolean hasAnyErrors();
}
