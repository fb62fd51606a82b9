package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItem} (@PublicApi;
 * members used here only; a null operation is the scheme's default item). Source: Jira source of
 * the interface (jira-api). See SOURCES.md (setup).
 */
public interface FieldScreenSchemeItem {
  void setIssueOperation(ScreenableIssueOperation issueOperation);

  void setFieldScreen(FieldScreen fieldScreen);
}
