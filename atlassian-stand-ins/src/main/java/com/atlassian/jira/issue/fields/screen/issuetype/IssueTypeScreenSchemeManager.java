package com.atlassian.jira.issue.fields.screen.issuetype;

import com.atlassian.jira.project.Project;
import java.util.Collection;
import org.ofbiz.core.entity.GenericValue;

/**
 * Stand-in for {@code
 * com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager} (@PublicApi;
 * members used here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface IssueTypeScreenSchemeManager {
  Collection<IssueTypeScreenScheme> getIssueTypeScreenSchemes();

  IssueTypeScreenScheme getIssueTypeScreenScheme(Project project);

  void addSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);

  void removeSchemeAssociation(Project project, IssueTypeScreenScheme issueTypeScreenScheme);

  Collection<GenericValue> getProjects(IssueTypeScreenScheme issueTypeScreenScheme);
}
