package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity}
 * (@PublicApi; members used here only; a null issue type id is the scheme's default entry). Source:
 * Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface IssueTypeScreenSchemeEntity {
  String getIssueTypeId();

  void setIssueTypeId(String issueTypeId);

  FieldScreenScheme getFieldScreenScheme();

  void setFieldScreenScheme(FieldScreenScheme fieldScreenScheme);
}
