package com.atlassian.jira.issue.priority;

/** Stand-in for Jira 11.3 {@code Priority} (members the plugin uses). Source: Jira Javadoc. */
public interface Priority {
  String getId();

  String getName();
}
