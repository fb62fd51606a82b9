package com.atlassian.jira.util;

import java.util.Set;

/** Stand-in of Jira 11.3's {@code MessageSet} (scrum-poker 11.3 JQL function and its test). */
public interface MessageSet {
  Set<String> getErrorMessages();

  boolean hasAnyErrors();

  void addErrorMessage(String message);

  Set<String> getWarningMessages();

  boolean hasAnyWarnings();

  void addWarningMessage(String message);
}
