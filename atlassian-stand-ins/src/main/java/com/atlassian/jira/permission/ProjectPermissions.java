package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: constants used by 11.3 code (BROWSE_PROJECTS, EDIT_ISSUES:
 * basic-jira-development-panels, scrum-poker; CREATE_ISSUES, ADMINISTER_PROJECTS:
 * jira-multiple-subtasks, scrum-poker). The keys are the permission names, as in Jira. See
 * atlassian-stand-ins/SOURCES.md. Not final, as in Jira.
 */
public class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");
  public static final ProjectPermissionKey CREATE_ISSUES =
      new ProjectPermissionKey("CREATE_ISSUES");
  public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
  public static final ProjectPermissionKey ASSIGNABLE_USER =
      new ProjectPermissionKey("ASSIGNABLE_USER");
  public static final ProjectPermissionKey TRANSITION_ISSUES =
      new ProjectPermissionKey("TRANSITION_ISSUES");
  public static final ProjectPermissionKey ADMINISTER_PROJECTS =
      new ProjectPermissionKey("ADMINISTER_PROJECTS");

  private ProjectPermissions() {}
}
