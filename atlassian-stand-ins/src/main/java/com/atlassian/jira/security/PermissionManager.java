package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for Jira 11.3 {@code PermissionManager} (members the plugin uses). Source:
 * alanmosely/basic-jira-development-panels PullRequestResource and codescape/jira-scrum-poker
 * ScrumPokerPermissions (11.3); Project overload from cures-hub/cures-condec-jira mock.
 */
public interface PermissionManager {
  boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

  boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
