package com.atlassian.jira.issue.operation;

/**
 * Stand-in for {@code com.atlassian.jira.issue.operation.IssueOperations}: the create, edit and
 * view operations a screen scheme maps to screens. *value*: distinct objects, so tests can tell the
 * operations apart (Jira's are {@code IssueOperationImpl} instances).
 */
public class IssueOperations {
  public static final ScreenableIssueOperation CREATE_ISSUE_OPERATION = new Operation();
  public static final ScreenableIssueOperation EDIT_ISSUE_OPERATION = new Operation();
  public static final ScreenableIssueOperation VIEW_ISSUE_OPERATION = new Operation();

  private IssueOperations() {}

  private static final class Operation implements ScreenableIssueOperation {}
}
