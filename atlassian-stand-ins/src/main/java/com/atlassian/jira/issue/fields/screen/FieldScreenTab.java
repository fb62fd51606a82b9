package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenTab} (@PublicApi; members
 * used here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface FieldScreenTab {
  void addFieldScreenLayoutItem(String fieldId);
}
