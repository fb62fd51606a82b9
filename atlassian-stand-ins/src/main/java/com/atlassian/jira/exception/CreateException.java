package com.atlassian.jira.exception;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged): a checked
 * exception, as {@code IssueLinkManager.createIssueLink} declares it.
 *
 * <p>Source: cures-hub/cures-condec-jira MockIssueLinkManager ({@code throw new
 * CreateException()}). See atlassian-stand-ins/SOURCES.md.
 */
public class CreateException extends Exception {
  public CreateException() {
    super();
  }

  public CreateException(String message) {
    super(message);
  }
}
