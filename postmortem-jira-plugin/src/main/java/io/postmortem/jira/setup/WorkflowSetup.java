package io.postmortem.jira.setup;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.opensymphony.workflow.FactoryException;
import io.postmortem.core.incident.IncidentPolicy;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds or creates the Postmortem workflow from the shipped descriptor. A workflow of the same name
 * is adopted when Publish (a transition into a done status) carries the checklist validator, and
 * otherwise left alone and reported: the setup never rewrites a workflow an admin made.
 */
@Named
public class WorkflowSetup {

  /**
   * The checklist validator's class as Jira stores it in workflow XML: a published name that never
   * changes (a string, so this adapter does not depend on the workflow adapter).
   */
  static final String CHECKLIST = "io.postmortem.jira.workflow.PostmortemChecklistValidator";

  /** The incident close gate's validator class, likewise. */
  static final String INCIDENT_GATE =
      "io.postmortem.jira.workflow.IncidentPostmortemAcceptedValidator";

  private static final Logger LOG = LoggerFactory.getLogger(WorkflowSetup.class);

  private final StatusSetup statuses;
  private final ResolutionSetup resolutions;
  private final WorkflowManager workflowManager;
  private final StatusManager statusManager;

  @Inject
  public WorkflowSetup(
      StatusSetup statuses,
      ResolutionSetup resolutions,
      @ComponentImport WorkflowManager workflowManager,
      @ComponentImport StatusManager statusManager) {
    this.statuses = statuses;
    this.resolutions = resolutions;
    this.workflowManager = workflowManager;
    this.statusManager = statusManager;
  }

  /**
   * The statuses and resolutions, then the workflow that uses them; the workflow's line comes last.
   */
  List<SetupLine> ensure(ProjectRun run) {
    Map<WorkflowStatus, String> ids = new EnumMap<>(WorkflowStatus.class);
    Map<WorkflowResolution, String> resolutionIds = new EnumMap<>(WorkflowResolution.class);
    List<SetupLine> lines = new ArrayList<>(statuses.ensure(run, ids));
    lines.addAll(resolutions.ensure(run, resolutionIds));
    lines.add(ensure(run, ids, resolutionIds));
    return lines;
  }

  /**
   * Whether a workflow line leaves (or, in a preview, would leave) a usable Postmortem workflow.
   */
  static boolean usable(SetupLine workflowLine) {
    return workflowLine.action() == SetupAction.ADOPT
        || workflowLine.action() == SetupAction.CREATE;
  }

  static String name(ProjectRun run) {
    return run.text("postmortem.setup.project.workflow.name");
  }

  SetupLine ensure(
      ProjectRun run,
      Map<WorkflowStatus, String> statusIds,
      Map<WorkflowResolution, String> resolutionIds) {
    String name = name(run);
    JiraWorkflow existing = workflowManager.getWorkflow(name);
    if (existing != null) {
      return checklistOnDone(existing)
          ? run.line(ObjectKind.WORKFLOW, name, SetupAction.ADOPT)
          : run.line(ObjectKind.WORKFLOW, name, SetupAction.LEAVE_ALONE)
              .because("postmortem.setup.project.reason.workflow-without-checklist");
    }
    if (!run.apply()) {
      return run.line(ObjectKind.WORKFLOW, name, SetupAction.CREATE)
          .because("postmortem.setup.project.reason.workflow-gate");
    }
    if (statusIds.size() < WorkflowStatus.values().length
        || resolutionIds.size() < WorkflowResolution.values().length) {
      return run.line(ObjectKind.WORKFLOW, name, SetupAction.FAIL)
          .because("postmortem.setup.project.reason.needs-statuses");
    }
    try {
      JiraWorkflow workflow =
          new ConfigurableJiraWorkflow(
              name,
              WorkflowBlueprint.descriptor(statusIds, resolutionIds, run.i18n()),
              workflowManager);
      workflowManager.createWorkflow(run.admin(), workflow);
      return run.line(ObjectKind.WORKFLOW, name, SetupAction.CREATE)
          .because("postmortem.setup.project.reason.workflow-gate");
    } catch (FactoryException | RuntimeException e) {
      LOG.error("Could not create workflow {}", name, e);
      return run.line(ObjectKind.WORKFLOW, name, SetupAction.FAIL)
          .because("postmortem.setup.project.reason.error", String.valueOf(e.getMessage()));
    }
  }

  /**
   * The incident close gate's settings as the setup attaches it: Sev 1 and Sev 2 incidents need a
   * postmortem in the Published status. Not merely "resolved", since Cancel resolves a postmortem
   * too. Before the status exists (a preview), resolved stands in.
   */
  Map<String, String> incidentGateArgs(ProjectRun run) {
    String published = run.text(WorkflowStatus.PUBLISHED.nameKey());
    Set<String> accepted = new HashSet<>();
    for (Status status : statusManager.getStatuses()) {
      if (status.getName().equalsIgnoreCase(published)) {
        accepted.add(status.getId());
      }
    }
    return new IncidentPolicy(IncidentPolicy.DEFAULT_SEVERITIES, accepted, List.of()).toMap();
  }

  /** Whether a transition into a done status carries the checklist validator. */
  boolean checklistOnDone(JiraWorkflow workflow) {
    return WorkflowInspection.transitionsIntoDone(workflow.getDescriptor(), doneStatuses()).stream()
        .anyMatch(action -> WorkflowInspection.carries(action, CHECKLIST));
  }

  /** Every status's name by its id, for the transitions the setup page lists. */
  Map<String, String> statusNames() {
    Map<String, String> names = new HashMap<>();
    for (Status status : statusManager.getStatuses()) {
      names.put(status.getId(), status.getName());
    }
    return names;
  }

  /** The ids of every status in Jira's "done" category, read once per check. */
  Predicate<String> doneStatuses() {
    Set<String> done = new HashSet<>();
    for (Status status : statusManager.getStatuses()) {
      StatusCategory category = status.getStatusCategory();
      if (category != null && StatusCategory.COMPLETE.equals(category.getKey())) {
        done.add(status.getId());
      }
    }
    return done::contains;
  }
}
