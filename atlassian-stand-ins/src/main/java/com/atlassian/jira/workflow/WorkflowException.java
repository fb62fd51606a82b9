package com.atlassian.jira.workflow;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.WorkflowException}, Jira's unchecked wrapper
 * ("RuntimeException wrapper for any errors" in WorkflowManager's Javadoc). *value* (exception).
 */
public class WorkflowException extends RuntimeException {
  public WorkflowException(String message) {
    super(message);
  }

  public WorkflowException(Throwable cause) {
    super(cause);
  }

  public WorkflowException(String message, Throwable cause) {
    super(message, cause);
  }
}
