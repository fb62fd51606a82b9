package com.atlassian.jira.issue.operation;

/**
 * Stand-in for {@code com.atlassian.jira.issue.operation.ScreenableIssueOperation}: only the type.
 */
public interface ScreenableIssueOperation extends IssueOperation {}
