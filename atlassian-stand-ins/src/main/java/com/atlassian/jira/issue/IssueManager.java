package com.atlassian.jira.issue;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: callers in codescape/jira-scrum-poker (11.3.1: {@code MutableIssue issue =
 * issueManager.getIssueObject(key)}) and alanmosely/basic-jira-development-panels (11.3.10); Long
 * overload per cures-hub/cures-condec-jira mocks. See atlassian-stand-ins/SOURCES.md.
 */
public interface IssueManager {
  MutableIssue getIssueObject(Long id);

  MutableIssue getIssueObject(String key);
}
