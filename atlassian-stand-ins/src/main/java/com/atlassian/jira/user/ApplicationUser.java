package com.atlassian.jira.user;

/**
 * Stand-in for Jira 11.3 {@code ApplicationUser} (members the plugin uses). Source:
 * alanmosely/basic-jira-development-panels PullRequestResource ({@code getUsername}); Jira Javadoc.
 */
public interface ApplicationUser {
  String getKey();

  String getUsername();

  String getName();

  String getDisplayName();

  Long getId();
}
