package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Stand-in of Jira 11.3's {@code MessageSetImpl} (Jira Javadoc). It keeps its messages, because a
 * JQL function's answer is this object and tests read it.
 */
public class MessageSetImpl implements MessageSet {
  private final Set<String> errors = new LinkedHashSet<>();
  private final Set<String> warnings = new LinkedHashSet<>();

  @Override
  public Set<String> getErrorMessages() {
    return errors;
  }

  @Override
  public boolean hasAnyErrors() {
    return !errors.isEmpty();
  }

  @Override
  public void addErrorMessage(String message) {
    errors.add(message);
  }

  @Override
  public Set<String> getWarningMessages() {
    return warnings;
  }

  @Override
  public boolean hasAnyWarnings() {
    return !warnings.isEmpty();
  }

  @Override
  public void addWarningMessage(String message) {
    warnings.add(message);
  }
}
