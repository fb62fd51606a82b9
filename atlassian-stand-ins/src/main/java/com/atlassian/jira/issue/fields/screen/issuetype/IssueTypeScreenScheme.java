package com.atlassian.jira.issue.fields.screen.issuetype;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme}
 * (@PublicApi; members used here only). Source: Jira source of the interface (jira-api). See
 * SOURCES.md (setup).
 */
public interface IssueTypeScreenScheme {
  Long getId();

  String getName();

  void setName(String name);

  void setDescription(String description);

  void store();

  Collection<IssueTypeScreenSchemeEntity> getEntities();

  IssueTypeScreenSchemeEntity getEntity(String issueTypeId);

  void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity);

  boolean isDefault();
}
