package com.atlassian.jira.project;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: getKey() called on Issue.getProjectObject() by 11.3 code in
 * codescape/jira-multiple-subtasks. See atlassian-stand-ins/SOURCES.md.
 */
public interface Project {
  Long getId();

  String getKey();

  String getName();

  java.util.Collection<com.atlassian.jira.issue.issuetype.IssueType> getIssueTypes();

  ApplicationUser getProjectLead();
}
