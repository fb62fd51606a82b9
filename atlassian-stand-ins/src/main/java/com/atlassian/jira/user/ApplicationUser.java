package com.atlassian.jira.user;

/**
 * Stand-in for {@code com.atlassian.jira.user.ApplicationUser}. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/ApplicationUser.html
 */
public interface ApplicationUser {
  String getKey();

  String getUsername();

  String getDisplayName();
}
