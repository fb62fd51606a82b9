package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Set;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Jira @PublicApi source of com.atlassian.jira.issue.Issue; 11.3 callers in
 * codescape/jira-multiple-subtasks and codescape/jira-scrum-poker (getIssueType()/getStatus()
 * returning objects: IssueImpl entries in scrum-poker's velocity allowlist). The real interface
 * also extends OfBizValueWrapper, IssueContext, WithId and WithKey; only the members the plugin
 * uses are declared here. See atlassian-stand-ins/SOURCES.md.
 */
public interface Issue {
  Long getId();

  String getKey();

  String getSummary();

  Project getProjectObject();

  Priority getPriority();

  String getAssigneeId();

  ApplicationUser getAssignee();

  Timestamp getDueDate();

  Timestamp getCreated();

  Timestamp getResolutionDate();

  IssueType getIssueType();

  Status getStatus();

  boolean isSubTask();

  Collection<Issue> getSubTaskObjects();

  Collection<Version> getFixVersions();

  Object getCustomFieldValue(CustomField customField);

  Long getProjectId();

  Long getSecurityLevelId();

  Collection<ProjectComponent> getComponents();

  String getDescription();

  Set<Label> getLabels();

  Issue getParentObject();
}
