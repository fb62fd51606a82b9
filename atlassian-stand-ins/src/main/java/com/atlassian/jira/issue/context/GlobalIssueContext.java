package com.atlassian.jira.issue.context;

/**
 * Stand-in for {@code com.atlassian.jira.issue.context.GlobalIssueContext} ("all projects").
 * Source: {@code GlobalIssueContext.getInstance()} passed to {@code createCustomField} in public
 * Jira admin scripts and Jira's own jelly tags. Bodies throw: compile-time only.
 */
public class GlobalIssueContext implements JiraContextNode {
  public static JiraContextNode getInstance() {
    throw new UnsupportedOperationException("stand-in");
  }
}
