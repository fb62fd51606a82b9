package com.atlassian.jira.security.plugin;

/**
 * Stand-in for Jira 11.3 {@code ProjectPermissionKey}, a final value class in the real API. Source:
 * alanmosely/basic-jira-development-panels and codescape/jira-scrum-poker (11.3) pass it to
 * PermissionManager.
 */
public final class ProjectPermissionKey {
  private final String key;

  public ProjectPermissionKey(String key) {
    this.key = key;
  }

  public String permissionKey() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectPermissionKey other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
