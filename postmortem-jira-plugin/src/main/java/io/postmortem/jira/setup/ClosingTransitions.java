package io.postmortem.jira.setup;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.setup.GateTransition;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The closing transitions of a gated workflow as the admin reads them on the setup page ("Done:
 * Open, In Progress → Done"), and the report lines for those the admin unticked that already carry
 * the gate: the setup never removes a validator, so it says it left them alone.
 */
final class ClosingTransitions {

  private ClosingTransitions() {}

  /**
   * Every transition into a status {@code isDone} accepts, with the statuses it leaves and enters
   * named by {@code statusNames} (id to name) and whether it carries the gate.
   */
  static List<GateTransition> of(
      Project project,
      Gate gate,
      JiraWorkflow workflow,
      Predicate<String> isDone,
      Map<String, String> statusNames) {
    WorkflowDescriptor descriptor = workflow.getDescriptor();
    List<GateTransition> listed = new ArrayList<>();
    for (ActionDescriptor action : WorkflowInspection.transitionsIntoDone(descriptor, isDone)) {
      List<String> from =
          WorkflowInspection.sourceStatusIds(descriptor, action).stream()
              .map(id -> statusNames.getOrDefault(id, id))
              .toList();
      String to = WorkflowInspection.targetStatusId(descriptor, action);
      listed.add(
          new GateTransition(
              gate.kind(),
              project.getKey(),
              workflow.getName(),
              action.getId(),
              action.getName(),
              from,
              statusNames.getOrDefault(to, to),
              WorkflowInspection.carries(action, gate.validatorClass())));
    }
    return listed;
  }

  /** A "left alone" line for each listed transition that carries the gate but is not chosen. */
  static List<SetupLine> untickedButGated(
      ProjectRun run, List<GateTransition> listed, List<GateTransition> chosen) {
    List<SetupLine> lines = new ArrayList<>();
    for (GateTransition transition : listed) {
      if (transition.gated() && !chosen.contains(transition)) {
        String name =
            run.text(
                "postmortem.setup.project.transition-in", transition.name(), transition.workflow());
        lines.add(
            run.line(transition.gate(), name, SetupAction.LEAVE_ALONE)
                .because("postmortem.setup.project.reason.gate-unticked"));
      }
    }
    return lines;
  }
}
