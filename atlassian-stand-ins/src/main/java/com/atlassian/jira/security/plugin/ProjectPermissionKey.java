package com.atlassian.jira.security.plugin;

/**
 * Stand-in of Jira 11.3's {@code ProjectPermissionKey} (basic panels 11.3). A value class that
 * keeps its key, so that {@code ProjectPermissions} constants exist in tests.
 */
public final class ProjectPermissionKey {
  private final String permissionKey;

  public ProjectPermissionKey(String permissionKey) {
    this.permissionKey = permissionKey;
  }

  public String permissionKey() {
    return permissionKey;
  }
}
