package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager}
 * (members used here only; raw {@code Collection} of issue type ids as in the source). Source: Jira
 * source of the interface. See SOURCES.md (setup).
 */
public interface IssueTypeSchemeManager {
  @SuppressWarnings("rawtypes")
  FieldConfigScheme update(FieldConfigScheme configScheme, Collection optionIds);

  boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

  FieldConfigScheme getConfigScheme(Project project);

  Collection<IssueType> getIssueTypesForProject(Project project);
}
