package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.version.Version;
import java.sql.Timestamp;
import java.util.Collection;

/**
 * Stand-in for Jira's {@code com.atlassian.jira.issue.Issue} (members used here only). Source:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html and jira-api source
 * copies (see SOURCES.md).
 */
public interface Issue {
  Long getId();

  String getKey();

  String getSummary();

  Priority getPriority();

  String getAssigneeId();

  Timestamp getDueDate();

  Timestamp getCreated();

  Timestamp getResolutionDate();

  IssueType getIssueType();

  Status getStatus();

  boolean isSubTask();

  Collection<Issue> getSubTaskObjects();

  Collection<Version> getFixVersions();

  Object getCustomFieldValue(CustomField customField);
}
