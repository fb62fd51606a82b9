package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.DescriptorFactory;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches a gate (a validator) to every transition into a "done" status of the workflow an issue
 * type uses in a project. A workflow only this project uses is changed through a draft that is
 * published only with the admin's confirmation; Jira's read-only system workflow, or one that other
 * projects (or, for the incident gate, other issue types) use, is never edited: the project gets a
 * copy with the gate, mapped for this issue type only. Idempotent: a workflow whose closing
 * transitions all carry the gate is kept, and an admin's pending draft is never touched.
 */
@Named
public class WorkflowGates {

  private static final Logger LOG = LoggerFactory.getLogger(WorkflowGates.class);

  private final WorkflowManager workflows;
  private final WorkflowSchemeManager schemes;
  private final WorkflowSetup workflowSetup;

  @Inject
  public WorkflowGates(
      @ComponentImport WorkflowManager workflows,
      @ComponentImport WorkflowSchemeManager schemes,
      WorkflowSetup workflowSetup) {
    this.workflows = workflows;
    this.schemes = schemes;
    this.workflowSetup = workflowSetup;
  }

  GateStep ensure(
      ProjectRun run, Project project, String issueTypeId, Gate gate, Map<String, String> args) {
    AssignableWorkflowScheme scheme = schemes.getWorkflowSchemeObj(project);
    String name = scheme.getActualWorkflow(issueTypeId);
    JiraWorkflow workflow = name == null ? null : workflows.getWorkflow(name);
    if (workflow == null) {
      return GateStep.of(
          run.line(gate.kind(), String.valueOf(name), SetupAction.FAIL)
              .because("postmortem.setup.project.reason.gate-no-workflow"));
    }
    List<ActionDescriptor> closing = closing(workflow);
    if (closing.isEmpty()) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-no-closing"));
    }
    String transitions = names(closing);
    if (closing.stream().allMatch(a -> WorkflowInspection.carries(a, gate.validatorClass()))) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.KEEP)
              .because("postmortem.setup.project.reason.gate-on", transitions));
    }
    if (mustCopy(workflow, scheme, project, issueTypeId, gate)) {
      return copy(run, project, issueTypeId, gate, args, name);
    }
    return inPlace(run, gate, args, workflow, transitions);
  }

  /** Whether the workflow closes items with the gate on every closing transition. */
  boolean gated(JiraWorkflow workflow, Gate gate) {
    List<ActionDescriptor> closing = closing(workflow);
    return !closing.isEmpty()
        && closing.stream().allMatch(a -> WorkflowInspection.carries(a, gate.validatorClass()));
  }

  private GateStep copy(
      ProjectRun run,
      Project project,
      String issueTypeId,
      Gate gate,
      Map<String, String> args,
      String original) {
    String copyName = run.text("postmortem.setup.project.copy-name", project.getKey(), original);
    SchemeMapping mapping = new SchemeMapping(issueTypeId, copyName, original, true);
    JiraWorkflow existing = workflows.getWorkflow(copyName);
    if (existing != null) {
      return gated(existing, gate)
          ? new GateStep(run.line(gate.kind(), copyName, SetupAction.ADOPT), Optional.of(mapping))
          : GateStep.of(
              run.line(gate.kind(), copyName, SetupAction.LEAVE_ALONE)
                  .because("postmortem.setup.project.reason.gate-copy-changed"));
    }
    SetupLine line =
        run.line(gate.kind(), copyName, SetupAction.COPY)
            .because("postmortem.setup.project.reason.gate-copy", original);
    if (!run.apply()) {
      return new GateStep(line, Optional.of(mapping));
    }
    try {
      JiraWorkflow clone = workflows.getWorkflowClone(original);
      attach(clone.getDescriptor(), gate, args);
      workflows.createWorkflow(
          run.admin(), new ConfigurableJiraWorkflow(copyName, clone.getDescriptor(), workflows));
      return new GateStep(line, Optional.of(mapping));
    } catch (RuntimeException e) {
      LOG.error("Could not copy workflow {} with the {} gate", original, gate, e);
      return GateStep.of(run.failed(line, e));
    }
  }

  private GateStep inPlace(
      ProjectRun run,
      Gate gate,
      Map<String, String> args,
      JiraWorkflow workflow,
      String transitions) {
    String name = workflow.getName();
    boolean active = workflows.isActive(workflow);
    if (active && workflows.getDraftWorkflow(name) != null) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-draft-pending"));
    }
    SetupLine line =
        run.line(gate.kind(), name, SetupAction.CHANGE)
            .because(
                active
                    ? "postmortem.setup.project.reason.gate-draft"
                    : "postmortem.setup.project.reason.gate-change",
                transitions);
    if (!run.apply()) {
      return GateStep.of(line);
    }
    if (active && !run.publishDrafts()) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-unconfirmed"));
    }
    return GateStep.of(write(run, gate, args, name, active, line));
  }

  /** Adds the gate to the workflow itself, or to a draft that is then published. */
  private SetupLine write(
      ProjectRun run,
      Gate gate,
      Map<String, String> args,
      String name,
      boolean active,
      SetupLine line) {
    try {
      JiraWorkflow editable =
          active
              ? workflows.createDraftWorkflow(run.admin(), name)
              : workflows.getWorkflowClone(name);
      attach(editable.getDescriptor(), gate, args);
      workflows.updateWorkflow(run.admin(), editable);
      if (active) {
        workflows.overwriteActiveWorkflow(run.admin(), name);
      }
      return line;
    } catch (RuntimeException e) {
      LOG.error("Could not add the {} gate to workflow {}", gate, name, e);
      return run.failed(line, e);
    }
  }

  /**
   * Jira's system workflow, one another project uses (through any scheme, or Jira's default
   * scheme), or, for a gate that needs it, one other issue types of this project share.
   */
  private boolean mustCopy(
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

  private List<ActionDescriptor> closing(JiraWorkflow workflow) {
    return WorkflowInspection.transitionsIntoDone(
        workflow.getDescriptor(), workflowSetup.doneStatuses());
  }

  @SuppressWarnings("unchecked")
  private void attach(WorkflowDescriptor descriptor, Gate gate, Map<String, String> args) {
    for (ActionDescriptor action :
        WorkflowInspection.transitionsIntoDone(descriptor, workflowSetup.doneStatuses())) {
      if (WorkflowInspection.carries(action, gate.validatorClass())) {
        continue;
      }
      ValidatorDescriptor validator = DescriptorFactory.getFactory().createValidatorDescriptor();
      validator.setType("class");
      validator.getArgs().put(WorkflowInspection.CLASS_NAME, gate.validatorClass());
      validator.getArgs().putAll(args);
      action.getValidators().add(validator);
    }
  }

  private static String names(List<ActionDescriptor> actions) {
    return String.join(", ", actions.stream().map(ActionDescriptor::getName).toList());
  }
}
