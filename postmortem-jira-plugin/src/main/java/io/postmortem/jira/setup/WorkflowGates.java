package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.DescriptorFactory;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.setup.GateTransition;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches a gate (a validator) to the closing transitions (into a "done" status) the admin chose,
 * all by default, of the workflow an issue type uses in a project; it never removes one. A workflow
 * only this project uses is changed through a draft published only with the admin's confirmation;
 * Jira's system workflow, or one other projects (or, for the incident gate, other issue types) use,
 * is never edited: the project gets a copy with the gate for this issue type only (the choice is by
 * transition id, which the copy keeps). Idempotent: a workflow whose chosen transitions carry the
 * gate is kept, and an admin's pending draft is never touched.
 */
@Named
public class WorkflowGates {

  private static final Logger LOG = LoggerFactory.getLogger(WorkflowGates.class);

  private final WorkflowManager workflows;
  private final WorkflowSchemeManager schemes;
  private final WorkflowSetup workflowSetup;
  private final WorkflowSharing sharing;

  @Inject
  public WorkflowGates(
      @ComponentImport WorkflowManager workflows,
      @ComponentImport WorkflowSchemeManager schemes,
      WorkflowSetup workflowSetup,
      WorkflowSharing sharing) {
    this.workflows = workflows;
    this.schemes = schemes;
    this.workflowSetup = workflowSetup;
    this.sharing = sharing;
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
    List<GateTransition> listed = transitions(project, gate, workflow);
    if (listed.isEmpty()) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-no-closing"));
    }
    List<GateTransition> chosen = listed.stream().filter(run.transitions()::chosen).toList();
    List<SetupLine> unticked = ClosingTransitions.untickedButGated(run, listed, chosen);
    return decide(run, project, issueTypeId, gate, args, workflow, scheme, chosen)
        .listing(listed, unticked);
  }

  /**
   * The closing transitions of the workflow {@code project} uses for a gated issue type, with the
   * statuses they leave and enter and whether they carry the gate.
   */
  List<GateTransition> transitions(Project project, Gate gate, JiraWorkflow workflow) {
    return ClosingTransitions.of(
        project, gate, workflow, workflowSetup.doneStatuses(), workflowSetup.statusNames());
  }

  private GateStep decide(
      ProjectRun run,
      Project project,
      String issueTypeId,
      Gate gate,
      Map<String, String> args,
      JiraWorkflow workflow,
      AssignableWorkflowScheme scheme,
      List<GateTransition> chosen) {
    String name = workflow.getName();
    if (chosen.isEmpty()) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-none-chosen"));
    }
    List<GateTransition> missing = chosen.stream().filter(t -> !t.gated()).toList();
    if (missing.isEmpty()) {
      return GateStep.of(
          run.line(gate.kind(), name, SetupAction.KEEP)
              .because("postmortem.setup.project.reason.gate-on", names(chosen)));
    }
    Set<Integer> ids = chosen.stream().map(GateTransition::actionId).collect(Collectors.toSet());
    if (sharing.mustCopy(workflow, scheme, project, issueTypeId, gate)) {
      return copy(run, project, issueTypeId, new Attachment(gate, args, ids), name);
    }
    return inPlace(run, new Attachment(gate, args, ids), workflow, names(missing));
  }

  /** The gate, its settings, and the ids of the closing transitions it goes on. */
  private record Attachment(Gate gate, Map<String, String> args, Set<Integer> actionIds) {}

  private GateStep copy(
      ProjectRun run, Project project, String issueTypeId, Attachment gate, String original) {
    ObjectKind kind = gate.gate().kind();
    String copyName = run.text("postmortem.setup.project.copy-name", project.getKey(), original);
    SchemeMapping mapping = new SchemeMapping(issueTypeId, copyName, original, true);
    JiraWorkflow existing = workflows.getWorkflow(copyName);
    if (existing != null) {
      return carriesOn(existing, gate)
          ? GateStep.mapped(run.line(kind, copyName, SetupAction.ADOPT), mapping)
          : GateStep.of(
              run.line(kind, copyName, SetupAction.LEAVE_ALONE)
                  .because("postmortem.setup.project.reason.gate-copy-changed"));
    }
    SetupLine line =
        run.line(kind, copyName, SetupAction.COPY)
            .because("postmortem.setup.project.reason.gate-copy", original);
    if (!run.apply()) {
      return GateStep.mapped(line, mapping);
    }
    try {
      JiraWorkflow clone = workflows.getWorkflowClone(original);
      attach(clone.getDescriptor(), gate);
      workflows.createWorkflow(
          run.admin(), new ConfigurableJiraWorkflow(copyName, clone.getDescriptor(), workflows));
      return GateStep.mapped(line, mapping);
    } catch (RuntimeException e) {
      LOG.error("Could not copy workflow {} with the {} gate", original, gate.gate(), e);
      return GateStep.of(run.failed(line, e));
    }
  }

  private GateStep inPlace(
      ProjectRun run, Attachment gate, JiraWorkflow workflow, String transitions) {
    ObjectKind kind = gate.gate().kind();
    String name = workflow.getName();
    boolean active = workflows.isActive(workflow);
    if (active && workflows.getDraftWorkflow(name) != null) {
      return GateStep.of(
          run.line(kind, name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-draft-pending"));
    }
    SetupLine line =
        run.line(kind, name, SetupAction.CHANGE)
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
          run.line(kind, name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.gate-unconfirmed"));
    }
    return GateStep.of(write(run, gate, name, active, line));
  }

  /** Adds the gate to the workflow itself, or to a draft that is then published. */
  private SetupLine write(
      ProjectRun run, Attachment gate, String name, boolean active, SetupLine line) {
    try {
      JiraWorkflow editable =
          active
              ? workflows.createDraftWorkflow(run.admin(), name)
              : workflows.getWorkflowClone(name);
      attach(editable.getDescriptor(), gate);
      workflows.updateWorkflow(run.admin(), editable);
      if (active) {
        workflows.overwriteActiveWorkflow(run.admin(), name);
      }
      return line;
    } catch (RuntimeException e) {
      LOG.error("Could not add the {} gate to workflow {}", gate.gate(), name, e);
      return run.failed(line, e);
    }
  }

  private List<ActionDescriptor> closing(JiraWorkflow workflow) {
    return WorkflowInspection.transitionsIntoDone(
        workflow.getDescriptor(), workflowSetup.doneStatuses());
  }

  /** Whether every transition the gate goes on carries it (an admin may have changed a copy). */
  private boolean carriesOn(JiraWorkflow workflow, Attachment gate) {
    return closing(workflow).stream()
        .filter(a -> gate.actionIds().contains(a.getId()))
        .allMatch(a -> WorkflowInspection.carries(a, gate.gate().validatorClass()));
  }

  /** Adds the validator to the chosen closing transitions that lack it; no other is touched. */
  @SuppressWarnings("unchecked")
  private void attach(WorkflowDescriptor descriptor, Attachment gate) {
    String validatorClass = gate.gate().validatorClass();
    for (ActionDescriptor action :
        WorkflowInspection.transitionsIntoDone(descriptor, workflowSetup.doneStatuses())) {
      if (!gate.actionIds().contains(action.getId())
          || WorkflowInspection.carries(action, validatorClass)) {
        continue;
      }
      ValidatorDescriptor validator = DescriptorFactory.getFactory().createValidatorDescriptor();
      validator.setType("class");
      validator.getArgs().put(WorkflowInspection.CLASS_NAME, validatorClass);
      validator.getArgs().putAll(gate.args());
      action.getValidators().add(validator);
    }
  }

  private static String names(List<GateTransition> transitions) {
    return String.join(", ", transitions.stream().map(GateTransition::name).toList());
  }
}
