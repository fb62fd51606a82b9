package com.atlassian.jira.issue;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: returned by IssueManager.getIssueObject in codescape/jira-scrum-poker and
 * codescape/jira-multiple-subtasks (Jira 11.3). Only the setter the plugin calls is declared
 * ({@code setDueDate(Timestamp)}, Jira's MutableIssue Javadoc). See atlassian-stand-ins/SOURCES.md.
 */
public interface MutableIssue extends Issue {
  void setDueDate(java.sql.Timestamp dueDate);
}
