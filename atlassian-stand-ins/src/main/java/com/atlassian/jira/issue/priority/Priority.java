package com.atlassian.jira.issue.priority;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: an IssueConstant (String ids); returned by Issue.getPriority() in
 * codescape/jira-multiple-subtasks (11.3.3). See atlassian-stand-ins/SOURCES.md.
 */
public interface Priority {
  String getId();

  String getName();

  Long getSequence();
}
