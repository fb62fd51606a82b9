package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/** Stand-in of Jira 11.3's {@code ProjectPermissions} (basic panels PullRequestResource, 11.3). */
public final class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");

  private ProjectPermissions() {}
}
