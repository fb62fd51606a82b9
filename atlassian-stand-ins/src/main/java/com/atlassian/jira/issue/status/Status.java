package com.atlassian.jira.issue.status;

/** Stand-in for Jira 11.3 {@code Status} (members the plugin uses). Source: Jira Javadoc. */
public interface Status {
  String getId();

  String getName();
}
