package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in of Jira 11.3's {@code PermissionManager} (basic panels and scrum-poker, 11.3). */
public interface PermissionManager {
  boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
