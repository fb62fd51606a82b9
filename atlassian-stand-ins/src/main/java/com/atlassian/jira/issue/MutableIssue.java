package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: setters called by codescape/jira-multiple-subtasks SubtasksCreationService (Jira
 * 11.3.3). See atlassian-stand-ins/SOURCES.md.
 */
public interface MutableIssue extends Issue {
  void setSummary(String summary);

  void setDescription(String description);

  void setAssignee(ApplicationUser assignee);

  void setReporter(ApplicationUser reporter);

  void setDueDate(Timestamp dueDate);

  void setIssueType(IssueType issueType);

  void setProjectObject(Project project);
}
