package com.atlassian.jira.exception;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: thrown by {@code IssueLinkManager#createIssueLink} in Jira's IssueLinkManager source
 * and in cures-hub/cures-condec-jira MockIssueLinkManager ({@code throw new CreateException()}).
 * See atlassian-stand-ins/SOURCES.md.
 */
public class CreateException extends Exception {
  private static final long serialVersionUID = 1L;

  public CreateException() {}

  public CreateException(String message) {
    super(message);
  }
}
