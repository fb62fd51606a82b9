package com.atlassian.jira.security.roles;

/** Stand-in for Jira 11.3 {@code ProjectRole} (members the plugin uses). Source: Jira Javadoc. */
public interface ProjectRole {
  Long getId();

  String getName();
}
