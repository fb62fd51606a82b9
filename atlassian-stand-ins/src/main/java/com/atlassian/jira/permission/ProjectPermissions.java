package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in for Jira 11.3 {@code ProjectPermissions} constants the plugin uses. Source:
 * alanmosely/basic-jira-development-panels PullRequestResource (BROWSE_PROJECTS),
 * codescape/jira-scrum-poker ScrumPokerPermissions (11.3); Jira Javadoc for EDIT_ISSUES and
 * ADMINISTER_PROJECTS.
 */
public final class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");
  public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
  public static final ProjectPermissionKey ADMINISTER_PROJECTS =
      new ProjectPermissionKey("ADMINISTER_PROJECTS");

  private ProjectPermissions() {}
}
