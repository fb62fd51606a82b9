package com.atlassian.jira.issue;

import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

/**
 * Stand-in for Jira 11.3 {@code Issue} (members the plugin uses). Source: Jira Javadoc
 * docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html; getIssueType/getStatus seen
 * in codescape/jira-scrum-poker velocity allowlist (11.3).
 */
public interface Issue {
  Long getId();

  String getKey();

  String getSummary();

  ApplicationUser getAssignee();

  String getAssigneeId();

  ApplicationUser getReporter();

  Timestamp getDueDate();

  Timestamp getCreated();

  Priority getPriority();

  Status getStatus();

  Project getProjectObject();

  Long getProjectId();
}
