package com.atlassian.jira.workflow;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.WorkflowManager} (@PublicApi; members used here
 * only; the ApplicationUser overloads "@since v6.0"). Source: Jira source of the interface. See
 * SOURCES.md (setup).
 */
public interface WorkflowManager {
  JiraWorkflow getWorkflow(String name);

  void createWorkflow(ApplicationUser user, JiraWorkflow workflow) throws WorkflowException;
}
