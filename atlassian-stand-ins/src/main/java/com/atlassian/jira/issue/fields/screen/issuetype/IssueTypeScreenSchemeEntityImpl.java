package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.FieldScreenSchemeManager;
import org.ofbiz.core.entity.GenericValue;

/**
 * Stand-in for {@code
 * com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntityImpl} (jira-core):
 * constructor {@code (IssueTypeScreenSchemeManager, GenericValue, FieldScreenSchemeManager,
 * ConstantsManager)}, null GenericValue for a new entry. Source: Jira source of the class.
 */
public class IssueTypeScreenSchemeEntityImpl implements IssueTypeScreenSchemeEntity {
  public IssueTypeScreenSchemeEntityImpl(
      IssueTypeScreenSchemeManager issueTypeScreenSchemeManager,
      GenericValue genericValue,
      FieldScreenSchemeManager fieldScreenSchemeManager,
      ConstantsManager constantsManager) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getIssueTypeId() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setIssueTypeId(String issueTypeId) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public FieldScreenScheme getFieldScreenScheme() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme) {
    throw new UnsupportedOperationException("stand-in");
  }
}
