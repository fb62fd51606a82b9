package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.ScreenableIssueOperation;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenSchemeItemImpl}
 * (jira-core): constructor {@code (FieldScreenSchemeManager, FieldScreenManager)}. Source: Jira
 * source of the class. See SOURCES.md (setup).
 */
public class FieldScreenSchemeItemImpl implements FieldScreenSchemeItem {
  public FieldScreenSchemeItemImpl(
      FieldScreenSchemeManager fieldScreenSchemeManager, FieldScreenManager fieldScreenManager) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setIssueOperation(ScreenableIssueOperation issueOperation) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setFieldScreen(FieldScreen fieldScreen) {
    throw new UnsupportedOperationException("stand-in");
  }
}
