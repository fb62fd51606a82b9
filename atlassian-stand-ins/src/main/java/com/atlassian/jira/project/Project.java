package com.atlassian.jira.project;

/** Stand-in for Jira 11.3 {@code Project} (members the plugin uses). Source: Jira Javadoc. */
public interface Project {
  Long getId();

  String getKey();

  String getName();
}
