package io.postmortem.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.project.Project;
import io.postmortem.core.setup.GateTransition;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import io.postmortem.core.setup.SetupReport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Set up postmortems in project X": statuses and resolutions, the Postmortem workflow, the issue
 * types in the project's scheme, screens and screen schemes, the issue type screen scheme, the
 * verified-fix gate on the items' workflow (and the incident close gate when the incident project
 * is this one) and the workflow scheme, in that order, each step idempotent; then the same for the
 * item projects and the incident project. Run with {@code apply=false} it is the preview; with
 * {@code apply=true} it writes and the same lines become the report. A step that fails leaves what
 * it touched as it was; the steps after it that need it fail with that reason, and a re-run picks
 * up where this one stopped.
 */
@Named
public class ProjectSetup {

  private final WorkflowSetup workflows;
  private final IssueTypeSchemeSetup issueTypeSchemes;
  private final ScreenSetup screens;
  private final ScreenSchemeAssociation screenSchemes;
  private final WorkflowSchemeSetup workflowSchemes;
  private final WorkflowGates gates;

  @Inject
  public ProjectSetup(
      WorkflowSetup workflows,
      IssueTypeSchemeSetup issueTypeSchemes,
      ScreenSetup screens,
      ScreenSchemeAssociation screenSchemes,
      WorkflowSchemeSetup workflowSchemes,
      WorkflowGates gates) {
    this.workflows = workflows;
    this.issueTypeSchemes = issueTypeSchemes;
    this.screens = screens;
    this.screenSchemes = screenSchemes;
    this.workflowSchemes = workflowSchemes;
    this.gates = gates;
  }

  /**
   * Sets up (or previews) {@code run.project()}, the action item screens and the verified-fix gate
   * in {@code itemProjects}, projects where remediation items may also live, and the incident close
   * gate in {@code incidentProject} (none when null).
   */
  public SetupReport run(ProjectRun run, List<Project> itemProjects, Project incidentProject) {
    Project project = run.project();
    String postmortemType = run.mapping().postmortemIssueTypeId();
    String remediationType = run.mapping().remediationSubTaskTypeId();
    if (postmortemType == null || remediationType == null) {
      return withoutIssueTypes(run);
    }
    List<SetupLine> lines = new ArrayList<>(workflows.ensure(run));
    boolean workflowUsable = WorkflowSetup.usable(lines.get(lines.size() - 1));
    lines.add(issueTypeSchemes.ensure(run, project, List.of(postmortemType, remediationType)));
    Map<ScreenSpec, FieldScreenScheme> found = new EnumMap<>(ScreenSpec.class);
    for (ScreenSpec spec : ScreenSpec.values()) {
      lines.addAll(screens.ensure(run, spec, found));
    }
    Map<String, FieldScreenScheme> wanted = new HashMap<>();
    wanted.put(postmortemType, found.get(ScreenSpec.POSTMORTEM));
    wanted.put(remediationType, found.get(ScreenSpec.REMEDIATION));
    lines.add(screenSchemes.ensure(run, project, wanted));
    List<GateTransition> transitions = new ArrayList<>();
    Collected collected = new Collected(lines, new ArrayList<>(), transitions);
    collected
        .mappings()
        .add(new SchemeMapping(postmortemType, WorkflowSetup.name(run), null, workflowUsable));
    gates(run, project, incidentProject, collected);

    for (Project itemProject : itemProjects) {
      if (!itemProject.getId().equals(project.getId())) {
        itemProject(run, itemProject, incidentProject, found, lines, transitions);
      }
    }
    if (incidentProject != null
        && !incidentProject.getId().equals(project.getId())
        && itemProjects.stream().noneMatch(p -> p.getId().equals(incidentProject.getId()))) {
      incidentProject(run, incidentProject, lines, transitions);
    }
    return new SetupReport(project.getKey(), run.apply(), lines, transitions);
  }

  private static SetupReport withoutIssueTypes(ProjectRun run) {
    return new SetupReport(
        run.project().getKey(),
        run.apply(),
        List.of(
            run.line(ObjectKind.ISSUE_TYPE, "", SetupAction.FAIL)
                .because("postmortem.setup.project.reason.needs-issue-types")));
  }

  /** An incident project that is neither the postmortem project nor an item project. */
  private void incidentProject(
      ProjectRun run,
      Project incidentProject,
      List<SetupLine> lines,
      List<GateTransition> transitions) {
    Collected collected = new Collected(lines, new ArrayList<>(), transitions);
    incidentGate(run, incidentProject, collected);
    addIfAny(lines, workflowSchemes.ensure(run, incidentProject, collected.mappings()));
  }

  private void itemProject(
      ProjectRun run,
      Project itemProject,
      Project incidentProject,
      Map<ScreenSpec, FieldScreenScheme> found,
      List<SetupLine> lines,
      List<GateTransition> transitions) {
    String remediationType = run.mapping().remediationSubTaskTypeId();
    Map<String, FieldScreenScheme> itemScreens = new HashMap<>();
    itemScreens.put(remediationType, found.get(ScreenSpec.REMEDIATION));
    lines.add(issueTypeSchemes.ensure(run, itemProject, List.of(remediationType)));
    lines.add(screenSchemes.ensure(run, itemProject, itemScreens));
    gates(run, itemProject, incidentProject, new Collected(lines, new ArrayList<>(), transitions));
  }

  /**
   * The verified-fix gate on the items' workflow in {@code project} and, when it is the incident
   * project too, the incident close gate; then the project's workflow scheme with the mappings
   * collected so far and any gated copies.
   */
  private void gates(
      ProjectRun run, Project project, Project incidentProject, Collected collected) {
    collected.add(
        gates.ensure(
            run, project, run.mapping().remediationSubTaskTypeId(), Gate.VERIFIED_FIX, Map.of()));
    if (incidentProject != null && incidentProject.getId().equals(project.getId())) {
      incidentGate(run, project, collected);
    }
    addIfAny(collected.lines(), workflowSchemes.ensure(run, project, collected.mappings()));
  }

  private void incidentGate(ProjectRun run, Project project, Collected collected) {
    String incidentType = run.mapping().incidentIssueTypeId();
    if (incidentType == null || !issueTypeSchemes.offers(project, List.of(incidentType))) {
      collected
          .lines()
          .add(
              run.line(ObjectKind.INCIDENT_GATE, project.getKey(), SetupAction.LEAVE_ALONE)
                  .because(
                      incidentType == null
                          ? "postmortem.setup.project.reason.gate-no-incident-type"
                          : "postmortem.setup.project.reason.gate-incident-type-not-in-project"));
      return;
    }
    collected.add(
        gates.ensure(run, project, incidentType, Gate.INCIDENT, workflows.incidentGateArgs(run)));
  }

  /** What the gate steps of one project add up to: report lines, scheme mappings, transitions. */
  private record Collected(
      List<SetupLine> lines, List<SchemeMapping> mappings, List<GateTransition> transitions) {

    void add(GateStep step) {
      lines.addAll(step.lines());
      step.mapping().ifPresent(mappings::add);
      transitions.addAll(step.transitions());
    }
  }

  private static void addIfAny(List<SetupLine> lines, SetupLine line) {
    if (line != null) {
      lines.add(line);
    }
  }
}
