package com.atlassian.jira.workflow;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.WorkflowManager} (@PublicApi; members used here
 * only; the ApplicationUser overloads "@since v6.0"). Source: Jira source of the interface. See
 * SOURCES.md (setup).
 */
public interface WorkflowManager {
  JiraWorkflow getWorkflow(String name);

  /** The workflow the issue's project and issue type use. */
  JiraWorkflow getWorkflow(Issue issue);

  void createWorkflow(ApplicationUser user, JiraWorkflow workflow) throws WorkflowException;

  /** Active workflows are assigned to schemes used by projects: edited only through a draft. */
  boolean isActive(JiraWorkflow workflow) throws WorkflowException;

  /** Jira's read-only system workflow ("jira"): never edited, only copied. */
  boolean isSystemWorkflow(JiraWorkflow workflow) throws WorkflowException;

  /** A copy of the named workflow whose descriptor may be changed. */
  JiraWorkflow getWorkflowClone(String name);

  /** The named workflow's draft, or null when it has none. */
  JiraWorkflow getDraftWorkflow(String parentWorkflowName) throws IllegalArgumentException;

  JiraWorkflow createDraftWorkflow(ApplicationUser user, String parentWorkflowName)
      throws IllegalStateException, IllegalArgumentException;

  /** Saves a workflow or a draft; a draft reaches the active workflow only when published. */
  void updateWorkflow(ApplicationUser user, JiraWorkflow workflow);

  /** Publishes the named workflow's draft over the active workflow. */
  void overwriteActiveWorkflow(ApplicationUser user, String workflowName);
}
