package com.atlassian.jira.project.version;

/**
 * Stand-in for {@code com.atlassian.jira.project.version.Version}. Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/project/version/Version.html
 */
public interface Version {
  Long getId();

  String getName();
}
