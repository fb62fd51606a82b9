package com.atlassian.jira.issue.fields.screen.issuetype;

import java.util.Collection;
import org.ofbiz.core.entity.GenericValue;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeImpl}
 * (jira-core): constructor {@code (IssueTypeScreenSchemeManager, GenericValue)}, null for a new
 * scheme. Source: Jira source of the class. See SOURCES.md (setup).
 */
public class IssueTypeScreenSchemeImpl implements IssueTypeScreenScheme {
  public IssueTypeScreenSchemeImpl(
      IssueTypeScreenSchemeManager issueTypeScreenSchemeManager, GenericValue genericValue) {
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
  public void store() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Collection<IssueTypeScreenSchemeEntity> getEntities() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public IssueTypeScreenSchemeEntity getEntity(String issueTypeId) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public boolean isDefault() {
    throw new UnsupportedOperationException("stand-in");
  }
}
