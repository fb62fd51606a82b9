package com.atlassian.jira.issue;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: returned by IssueManager.getIssueObject in codescape/jira-scrum-poker and
 * codescape/jira-multiple-subtasks (Jira 11.3). Only the setter the plugin calls is declared
 * ({@code setDueDate(Timestamp)}, Jira's MutableIssue Javadoc). See atlassian-stand-ins/SOURCES.md.
 */
public interface MutableIssue extends Issue {
  void setDueDate(java.sql.Timestamp dueDate);

  void setProjectObject(com.atlassian.jira.project.Project project);

  void setIssueType(com.atlassian.jira.issue.issuetype.IssueType issueType);

  void setParentObject(Issue parentIssue);

  void setSummary(String summary);

  void setPriority(com.atlassian.jira.issue.priority.Priority priority);

  void setAssignee(com.atlassian.jira.user.ApplicationUser assignee);

  void setReporter(com.atlassian.jira.user.ApplicationUser reporter);

  void setCustomFieldValue(com.atlassian.jira.issue.fields.CustomField customField, Object value);
}
