package io.postmortem.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeEntity;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenSchemeManager;
import com.atlassian.jira.issue.operation.IssueOperations;
import com.atlassian.jira.issue.operation.ScreenableIssueOperation;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.setup.GateTransition;
import io.postmortem.jira.application.issue.JiraMapping;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * "Is it wired up?" for one project: whether it offers the app's issue types, whether Publish runs
 * the checklist, whether the fields the checklist reads are on the create and edit screens, whether
 * closing a Critical or High action item requires verification evidence, and whether closing an
 * incident requires an accepted postmortem, each gate also per closing transition. Each gap names
 * its fix. Reads only; a fixed number of Jira calls per project.
 */
@Named
public class WiringCheck {

  private final IssueTypeSchemeSetup issueTypeSchemes;
  private final WorkflowSetup workflows;
  private final WorkflowSchemeManager workflowSchemes;
  private final WorkflowManager workflowManager;
  private final IssueTypeScreenSchemeManager screenSchemes;
  private final WorkflowGates gates;

  @Inject
  public WiringCheck(
      IssueTypeSchemeSetup issueTypeSchemes,
      WorkflowSetup workflows,
      @ComponentImport WorkflowSchemeManager workflowSchemes,
      @ComponentImport WorkflowManager workflowManager,
      @ComponentImport IssueTypeScreenSchemeManager screenSchemes,
      WorkflowGates gates) {
    this.issueTypeSchemes = issueTypeSchemes;
    this.workflows = workflows;
    this.workflowSchemes = workflowSchemes;
    this.workflowManager = workflowManager;
    this.screenSchemes = screenSchemes;
    this.gates = gates;
  }

  public List<WiringGap> check(ProjectRun run) {
    return check(run, run.project());
  }

  /** The checks of {@code run.project()}, the incident gate's in {@code incidentProject}. */
  public List<WiringGap> check(ProjectRun run, Project incidentProject) {
    JiraMapping mapping = run.mapping();
    Project project = run.project();
    List<WiringGap> gaps = new ArrayList<>();
    String postmortemType = mapping.postmortemIssueTypeId();
    String remediationType = mapping.remediationSubTaskTypeId();
    if (postmortemType == null || remediationType == null) {
      gaps.add(
          WiringGap.bySetup(
              "postmortem.setup.wiring.check.issue-types", "postmortem.setup.wiring.gap.types"));
      return gaps;
    }
    gaps.add(
        issueTypeSchemes.offers(project, List.of(postmortemType, remediationType))
            ? WiringGap.ok("postmortem.setup.wiring.check.issue-types")
            : WiringGap.bySetup(
                "postmortem.setup.wiring.check.issue-types", "postmortem.setup.wiring.gap.types"));
    gaps.add(checklist(project, postmortemType));
    gaps.add(fields(run, ScreenSpec.POSTMORTEM, "postmortem.setup.wiring.check.postmortem-fields"));
    gaps.add(fields(run, ScreenSpec.REMEDIATION, "postmortem.setup.wiring.check.item-fields"));
    gate(
        gaps,
        run,
        project,
        Gate.VERIFIED_FIX,
        remediationType,
        "postmortem.setup.wiring.check.verified-fix",
        "postmortem.setup.wiring.gap.verified-fix");
    incidentGate(gaps, run, incidentProject, mapping.incidentIssueTypeId());
    return gaps;
  }

  private WiringGap checklist(Project project, String postmortemType) {
    String check = "postmortem.setup.wiring.check.checklist";
    String name = workflowSchemes.getWorkflowSchemeObj(project).getActualWorkflow(postmortemType);
    JiraWorkflow workflow = workflowManager.getWorkflow(name);
    return workflow != null && workflows.checklistOnDone(workflow)
        ? WiringGap.ok(check)
        : WiringGap.bySetup(check, "postmortem.setup.wiring.gap.workflow", name);
  }

  private void incidentGate(
      List<WiringGap> gaps, ProjectRun run, Project incidents, String incidentType) {
    String check = "postmortem.setup.wiring.check.incident-gate";
    if (incidentType != null) {
      gate(
          gaps,
          run,
          incidents,
          Gate.INCIDENT,
          incidentType,
          check,
          "postmortem.setup.wiring.gap.incident");
      return;
    }
    gaps.add(
        new WiringGap(
            check,
            List.of(),
            false,
            "postmortem.setup.wiring.gap.no-incident-type",
            List.of(),
            "",
            List.of(),
            false,
            false));
  }

  /**
   * Whether the workflow {@code typeId} uses in {@code project} carries {@code gate} on a closing
   * transition, then one line per closing transition saying whether it carries it: the admin may
   * have chosen to gate only some.
   */
  private void gate(
      List<WiringGap> gaps,
      ProjectRun run,
      Project project,
      Gate gate,
      String typeId,
      String check,
      String gap) {
    String name = workflowSchemes.getWorkflowSchemeObj(project).getActualWorkflow(typeId);
    JiraWorkflow workflow = name == null ? null : workflowManager.getWorkflow(name);
    List<GateTransition> transitions =
        workflow == null ? List.of() : gates.transitions(project, gate, workflow);
    gaps.add(
        transitions.stream().anyMatch(GateTransition::gated)
            ? WiringGap.ok(check)
            : WiringGap.bySetup(check, gap, name));
    for (GateTransition transition : transitions) {
      String from =
          transition.from().isEmpty()
              ? run.text("postmortem.setup.project.transitions.any-status")
              : String.join(", ", transition.from());
      gaps.add(WiringGap.transition(transition, from));
    }
  }

  private WiringGap fields(ProjectRun run, ScreenSpec spec, String check) {
    IssueTypeScreenScheme scheme = screenSchemes.getIssueTypeScreenScheme(run.project());
    // The issue type's own entry, else the scheme's default entry: the scheme Jira would use.
    IssueTypeScreenSchemeEntity entity = scheme.getEntity(spec.issueTypeId(run.mapping()));
    if (entity == null) {
      entity = scheme.getEntity(null);
    }
    FieldScreenScheme screens = entity == null ? null : entity.getFieldScreenScheme();
    for (ScreenableIssueOperation operation :
        List.of(IssueOperations.CREATE_ISSUE_OPERATION, IssueOperations.EDIT_ISSUE_OPERATION)) {
      FieldScreen screen = screens == null ? null : screens.getFieldScreen(operation);
      List<String> missing =
          screen == null
              ? spec.requiredFieldIds(run.mapping())
              : ScreenSetup.missingFields(run, spec, screen);
      if (!missing.isEmpty()) {
        String which =
            run.text(
                operation == IssueOperations.CREATE_ISSUE_OPERATION
                    ? "postmortem.setup.wiring.operation.create"
                    : "postmortem.setup.wiring.operation.edit");
        return WiringGap.bySetup(
            check, "postmortem.setup.wiring.gap.fields", which, run.fieldNames(missing));
      }
    }
    return WiringGap.ok(check);
  }
}
