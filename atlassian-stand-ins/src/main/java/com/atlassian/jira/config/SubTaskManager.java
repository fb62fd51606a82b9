package com.atlassian.jira.config;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Stand-in for Jira's sub-task manager: only what the app calls. */
public interface SubTaskManager {
  void createSubTaskIssueLink(Issue parentIssue, Issue subTaskIssue, ApplicationUser remoteUser)
      throws CreateException;
}
