package com.atlassian.jira.user;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: getId(), getKey(), getUsername(), getDisplayName() called by 11.3 code in
 * codescape/jira-scrum-poker, codescape/jira-multiple-subtasks and
 * alanmosely/basic-jira-development-panels. See atlassian-stand-ins/SOURCES.md.
 */
public interface ApplicationUser {
  Long getId();

  String getKey();

  String getUsername();

  String getDisplayName();

  String getName();

  String getEmailAddress();

  boolean isActive();
}
