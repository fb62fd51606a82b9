package com.atlassian.jira.issue.status;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: an IssueConstant (String ids); IssueImpl#getStatus() in codescape/jira-scrum-poker's
 * allowlist (11.3). See atlassian-stand-ins/SOURCES.md.
 */
public interface Status {
  String getId();

  String getName();
}
