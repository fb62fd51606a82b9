package com.atlassian.jira.security.roles;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for Jira 11.3 {@code ProjectRoleManager} (members the plugin uses). Source: public
 * plugin code calling {@code getProjectRole(Long|String)} and {@code isUserInProjectRole(user,
 * role, project)}.
 */
public interface ProjectRoleManager {
  /** Every project role defined in Jira; call sites in public plugins iterate a Collection. */
  java.util.Collection<ProjectRole> getProjectRoles();

  ProjectRole getProjectRole(Long id);

  ProjectRole getProjectRole(String name);

  boolean isUserInProjectRole(ApplicationUser user, ProjectRole projectRole, Project project);
}
