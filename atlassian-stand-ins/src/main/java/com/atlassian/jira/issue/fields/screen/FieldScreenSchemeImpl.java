package com.atlassian.jira.issue.fields.screen;

import com.atlassian.jira.issue.operation.IssueOperation;
import org.ofbiz.core.entity.GenericValue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenSchemeImpl} (jira-core):
 * constructor {@code (FieldScreenSchemeManager, GenericValue)}, null for a new scheme. Source: Jira
 * source of the class. See SOURCES.md (setup).
 */
public class FieldScreenSchemeImpl implements FieldScreenScheme {
  public FieldScreenSchemeImpl(
      FieldScreenSchemeManager fieldScreenSchemeManager, GenericValue genericValue) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Long getId() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setName(String name) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setDescription(String description) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void addFieldScreenSchemeItem(FieldScreenSchemeItem fieldScreenSchemeItem) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public FieldScreen getFieldScreen(IssueOperation issueOperation) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void store() {
    throw new UnsupportedOperationException("stand-in");
  }
}
