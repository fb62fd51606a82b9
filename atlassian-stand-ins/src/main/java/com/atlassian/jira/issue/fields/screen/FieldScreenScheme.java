package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.IssueOperation;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenScheme} (@PublicApi;
 * members used here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface FieldScreenScheme {
  Long getId();

  String getName();

  void setName(String name);

  void setDescription(String description);

  void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem);

  FieldScreen getFieldScreen(IssueOperation issueOperation);

  void store();
}
