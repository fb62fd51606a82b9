package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: alanmosely/basic-jira-development-panels PullRequestResource and
 * codescape/jira-scrum-poker ScrumPokerPermissions (Issue overload, 11.3); Project overload per
 * cures-hub/cures-condec-jira mocks. See atlassian-stand-ins/SOURCES.md.
 */
public interface PermissionManager {
  boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

  boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

  java.util.Collection<Project> getProjects(
      ProjectPermissionKey permissionKey, ApplicationUser user);
}
