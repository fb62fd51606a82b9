package com.atlassian.jira.issue.operation;

/**
 * Stand-in for {@code com.atlassian.jira.issue.operation.IssueOperation}: only the type. See
 * SOURCES.md (setup).
 */
public interface IssueOperation {}
