package com.atlassian.jira.issue.fields.screen;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreen} (@PublicApi; members used
 * here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface FieldScreen {
  Long getId();

  String getName();

  void setName(String name);

  void setDescription(String description);

  List<FieldScreenTab> getTabs();

  FieldScreenTab addTab(String tabName);

  void store();

  boolean containsField(String fieldId);
}
