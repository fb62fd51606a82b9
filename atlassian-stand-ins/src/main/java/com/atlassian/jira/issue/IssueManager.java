package com.atlassian.jira.issue;

/**
 * Stand-in for Jira 11.3 {@code IssueManager} (members the plugin uses). Source:
 * cures-hub/cures-condec-jira test mock (8.20) and 11.3 callers (basic-jira-development-panels).
 */
public interface IssueManager {
  MutableIssue getIssueObject(Long id);

  MutableIssue getIssueObject(String key);

  MutableIssue getIssueByCurrentKey(String key);
}
