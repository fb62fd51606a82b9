package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether a workflow the setup would gate is the project's own to change, or is shared (with Jira
 * itself, other projects, or other issue types) so that the project gets a copy instead.
 */
@Named
public class WorkflowSharing {

  private final WorkflowManager workflows;
  private final WorkflowSchemeManager schemes;

  @Inject
  public WorkflowSharing(
      @ComponentImport WorkflowManager workflows, @ComponentImport WorkflowSchemeManager schemes) {
    this.workflows = workflows;
    this.schemes = schemes;
  }

  /**
   * Jira's system workflow, one another project uses (through any scheme, or Jira's default
   * scheme), or, for a gate that needs it, one other issue types of this project share.
   */
  boolean mustCopy(
      JiraWorkflow workflow,
      AssignableWorkflowScheme scheme,
      Project project,
      String issueTypeId,
      Gate gate) {
    if (workflows.isSystemWorkflow(workflow) || scheme.isDefault()) {
      return true;
    }
    for (WorkflowScheme using : schemes.getSchemesForWorkflowIncludingDrafts(workflow)) {
      if (using instanceof AssignableWorkflowScheme assignable
          && schemes.getProjectsUsing(assignable).stream()
              .anyMatch(p -> !p.getId().equals(project.getId()))) {
        return true;
      }
    }
    return gate.needsOwnWorkflow() && sharedWithinProject(scheme, issueTypeId, workflow.getName());
  }

  private static boolean sharedWithinProject(
      AssignableWorkflowScheme scheme, String issueTypeId, String name) {
    if (!name.equals(scheme.getConfiguredWorkflow(issueTypeId))) {
      return true;
    }
    return scheme.getMappings().entrySet().stream()
        .anyMatch(e -> name.equals(e.getValue()) && !issueTypeId.equals(e.getKey()));
  }
}
