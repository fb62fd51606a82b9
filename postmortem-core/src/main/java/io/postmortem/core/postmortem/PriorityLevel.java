package io.postmortem.core.postmortem;

/**
 * An action item's priority as an ordered level. The plugin maps each Jira priority to one of these
 * by configuration, because every Jira names and orders its priorities differently.
 */
public enum PriorityLevel {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW;

  public boolean isCriticalOrHigh() {
    return this == CRITICAL || this == HIGH;
  }
}
