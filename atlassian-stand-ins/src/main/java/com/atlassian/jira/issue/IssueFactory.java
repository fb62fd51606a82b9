package com.atlassian.jira.issue;

/** Stand-in for Jira's factory of new, not yet stored issues. */
public interface IssueFactory {
  MutableIssue getIssue();
}
