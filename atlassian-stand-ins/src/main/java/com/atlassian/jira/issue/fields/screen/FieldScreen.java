package com.atlassian.jira.issue.fields.screen;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreen} (@PublicApi; members used
 * here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface FieldScreen {
  Long getId();

  String getName();

  void setName(String name);

  void setDescription(String description);

  FieldScreenTab addTab(String tabName);

  void store();

  boolean containsField(String fieldId);
}
