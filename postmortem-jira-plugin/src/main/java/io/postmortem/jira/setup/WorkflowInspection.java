package io.postmortem.jira.setup;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a workflow descriptor the way the wiring check needs it: which transitions lead into a
 * "done" status, and which of them carry a given validator class.
 */
final class WorkflowInspection {

  static final String CLASS_NAME = "class.name";
  static final String STATUS_KEY = "jira.status.id";

  private WorkflowInspection() {}

  /** Transitions whose target step has a status {@code isDone} accepts. */
  static List<ActionDescriptor> transitionsIntoDone(
      WorkflowDescriptor workflow, Predicate<String> isDone) {
    List<ActionDescriptor> into = new ArrayList<>();
    for (ActionDescriptor action : allActions(workflow)) {
      ResultDescriptor result = action.getUnconditionalResult();
      if (result == null) {
        continue;
      }
      StepDescriptor target = workflow.getStep(result.getStep());
      if (target != null && isDone.test(statusIdOf(target))) {
        into.add(action);
      }
    }
    return into;
  }

  static boolean carries(ActionDescriptor action, String validatorClass) {
    for (Object validator : action.getValidators()) {
      Map<?, ?> args = ((ValidatorDescriptor) validator).getArgs();
      if (validatorClass.equals(args.get(CLASS_NAME))) {
        return true;
      }
    }
    return false;
  }

  /** The status ids of the steps that offer {@code action}; none for a global transition. */
  static List<String> sourceStatusIds(WorkflowDescriptor workflow, ActionDescriptor action) {
    List<String> from = new ArrayList<>();
    for (Object step : workflow.getSteps()) {
      if (((StepDescriptor) step).getActions().contains(action)) {
        from.add(statusIdOf((StepDescriptor) step));
      }
    }
    return from;
  }

  /** The status id of the step {@code action} leads to, empty when it has none. */
  static String targetStatusId(WorkflowDescriptor workflow, ActionDescriptor action) {
    ResultDescriptor result = action.getUnconditionalResult();
    StepDescriptor target = result == null ? null : workflow.getStep(result.getStep());
    return target == null ? "" : statusIdOf(target);
  }

  static String statusIdOf(StepDescriptor step) {
    Object id = step.getMetaAttributes().get(STATUS_KEY);
    return id == null ? "" : id.toString();
  }

  private static List<ActionDescriptor> allActions(WorkflowDescriptor workflow) {
    List<ActionDescriptor> actions = new ArrayList<>();
    for (Object step : workflow.getSteps()) {
      for (Object action : ((StepDescriptor) step).getActions()) {
        actions.add((ActionDescriptor) action);
      }
    }
    for (Object action : workflow.getGlobalActions()) {
      actions.add((ActionDescriptor) action);
    }
    for (Object action : workflow.getCommonActions().values()) {
      if (!actions.contains(action)) {
        actions.add((ActionDescriptor) action);
      }
    }
    return actions;
  }
}
