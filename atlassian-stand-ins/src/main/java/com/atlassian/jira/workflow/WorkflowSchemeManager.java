package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.workflow.WorkflowSchemeManager} (members used here only;
 * the real one extends {@code SchemeManager}, left out). Source: Jira source of the interface
 * (jira-api). See SOURCES.md (setup).
 */
public interface WorkflowSchemeManager {
  AssignableWorkflowScheme getWorkflowSchemeObj(String name);

  AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

  List<Project> getProjectsUsing(AssignableWorkflowScheme workflowScheme);

  AssignableWorkflowScheme.Builder assignableBuilder();

  AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

  AssignableWorkflowScheme updateWorkflowScheme(AssignableWorkflowScheme scheme);

  /** Every workflow scheme the workflow is assigned to, draft schemes included. */
  Iterable<WorkflowScheme> getSchemesForWorkflowIncludingDrafts(JiraWorkflow workflow);
}
