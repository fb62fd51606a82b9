package com.atlassian.jira.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Stand-in of Jira 11.3's {@code ExecutingHttpRequest}: the request the current thread serves, or
 * null outside one (a scheduled job). From Jira 11.0 it returns the {@code jakarta} request; see
 * SOURCES.md.
 */
public final class ExecutingHttpRequest {
  private ExecutingHttpRequest() {}

  public static HttpServletRequest get() {
    throw new UnsupportedOperationException("stand-in");
  }
}
