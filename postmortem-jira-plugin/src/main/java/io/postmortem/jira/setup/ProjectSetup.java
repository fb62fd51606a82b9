package io.postmortem.jira.setup;

import com.atlassian.jira.issue.fields.screen.FieldScreenScheme;
import com.atlassian.jira.project.Project;
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
 * "Set up postmortems in project X": statuses, the Postmortem workflow, the issue types in the
 * project's scheme, screens and screen schemes, the issue type screen scheme and the workflow
 * scheme, in that order, each step idempotent. Run with {@code apply=false} it is the preview; with
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

  @Inject
  public ProjectSetup(
      WorkflowSetup workflows,
      IssueTypeSchemeSetup issueTypeSchemes,
      ScreenSetup screens,
      ScreenSchemeAssociation screenSchemes,
      WorkflowSchemeSetup workflowSchemes) {
    this.workflows = workflows;
    this.issueTypeSchemes = issueTypeSchemes;
    this.screens = screens;
    this.screenSchemes = screenSchemes;
    this.workflowSchemes = workflowSchemes;
  }

  /**
   * Sets up (or previews) {@code run.project()}, and the action item screens in {@code
   * itemProjects}, projects where remediation items may also live.
   */
  public SetupReport run(ProjectRun run, List<Project> itemProjects) {
    Project project = run.project();
    String postmortemType = run.mapping().postmortemIssueTypeId();
    String remediationType = run.mapping().remediationSubTaskTypeId();
    if (postmortemType == null || remediationType == null) {
      return new SetupReport(
          project.getKey(),
          run.apply(),
          List.of(
              run.line(ObjectKind.ISSUE_TYPE, "", SetupAction.FAIL)
                  .because("postmortem.setup.project.reason.needs-issue-types")));
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
    lines.add(workflowSchemes.ensure(run, project, workflowUsable));

    for (Project itemProject : itemProjects) {
      if (itemProject.getId().equals(project.getId())) {
        continue;
      }
      Map<String, FieldScreenScheme> itemScreens = new HashMap<>();
      itemScreens.put(remediationType, found.get(ScreenSpec.REMEDIATION));
      lines.add(issueTypeSchemes.ensure(run, itemProject, List.of(remediationType)));
      lines.add(screenSchemes.ensure(run, itemProject, itemScreens));
    }
    return new SetupReport(project.getKey(), run.apply(), lines);
  }
}
