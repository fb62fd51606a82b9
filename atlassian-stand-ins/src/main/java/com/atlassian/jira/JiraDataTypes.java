package com.atlassian.jira;

/**
 * Stand-in of Jira 11.3's {@code JiraDataTypes} (scrum-poker 11.3 JQL function and test). The
 * constant is a placeholder instance so tests can compare it.
 */
public final class JiraDataTypes {
  public static final JiraDataType ISSUE = new JiraDataType() {};

  private JiraDataTypes() {}
}
