package com.atlassian.jira.exception;

/**
 * Stand-in for Jira's checked exception thrown when an issue, sub-task link or issue link fails.
 */
public class CreateException extends Exception {
  public CreateException() {
    super();
  }

  public CreateException(String message) {
    super(message);
  }

  public CreateException(Throwable cause) {
    super(cause);
  }

  public CreateException(String message, Throwable cause) {
    super(message, cause);
  }
}
