package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Stand-in of Jira's {@code AbstractMessageSet}, the base class of {@link MessageSetImpl} ({@code
 * public class MessageSetImpl extends AbstractMessageSet} in Jira's {@code @PublicApi} source). It
 * keeps its messages, because a JQL function's answer is a MessageSet and tests read it.
 */
public abstract class AbstractMessageSet implements MessageSet {
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
