package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme}
 * (@PublicApi; members used here only; {@code getEffectiveFieldScreenScheme} "@since 6.2"). Source:
 * Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface IssueTypeScreenScheme {
  Long getId();

  String getName();

  void setName(String name);

  void setDescription(String description);

  void store();

  Collection<IssueTypeScreenSchemeEntity> getEntities();

  IssueTypeScreenSchemeEntity getEntity(String issueTypeId);

  FieldScreenScheme getEffectiveFieldScreenScheme(IssueType type);

  void addEntity(IssueTypeScreenSchemeEntity issueTypeScreenSchemeEntity);

  boolean isDefault();
}
