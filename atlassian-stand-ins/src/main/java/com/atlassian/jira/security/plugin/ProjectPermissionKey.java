package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Jira source of com.atlassian.jira.security.plugin.ProjectPermissionKey (final value
 * class keyed by a String). A value class whose behaviour is its equality, so the stand-in keeps
 * that behaviour (tests compare keys); the deprecated int constructor is left out. See
 * atlassian-stand-ins/SOURCES.md.
 */
public final class ProjectPermissionKey {
  private final String permissionKey;

  public ProjectPermissionKey(String permissionKey) {
    this.permissionKey = Objects.requireNonNull(permissionKey);
  }

  public String permissionKey() {
    return permissionKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectPermissionKey
        && permissionKey.equals(((ProjectPermissionKey) o).permissionKey);
  }

  @Override
  public int hashCode() {
    return permissionKey.hashCode();
  }

  @Override
  public String toString() {
    return permissionKey;
  }
}
