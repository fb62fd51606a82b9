package com.atlassian.jira.issue.issuetype;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: an IssueConstant (String ids); getName() called on it by 11.3 code in
 * codescape/jira-scrum-poker. See atlassian-stand-ins/SOURCES.md.
 */
public interface IssueType {
  String getId();

  String getName();

  boolean isSubTask();
}
