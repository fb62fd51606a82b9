package io.postmortem.jira.setup;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.project.Project;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.setup.GateTransition;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import io.postmortem.core.setup.SetupReport;
import io.postmortem.core.setup.TransitionChoice;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.testing.FakeJira;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The admin picks which closing transitions carry the incident close gate (and the verified-fix
 * gate): every one by default, only the ticked ones once the admin chooses, never removing a
 * validator from an unticked one.
 */
public class GateTransitionChoiceTest {

  private static final String INCIDENT = "10003";
  private static final String INCIDENT_GATE =
      "io.postmortem.jira.workflow.IncidentPostmortemAcceptedValidator";
  private static final String VERIFIED_FIX = "io.postmortem.jira.workflow.VerifiedFixValidator";
  private static final String WORKFLOW = "Incident workflow";

  private final JiraMapping mapping =
      FakeJira.setUpMapping().withIssueTypes(POSTMORTEM_TYPE, REMEDIATION_TYPE, INCIDENT);
  private FakeJiraProjects jira;
  private Project project;
  private Project ops;

  @Before
  public void setUp() {
    jira = new FakeJiraProjects();
    project = jira.project(10_000L, "PM", TASK_TYPE);
    ops = jira.project(10_005L, "OPS", TASK_TYPE, INCIDENT);
    jira.addWorkflowWithThreeWaysToClose(WORKFLOW);
    jira.useWorkflows(ops, jira.workflowScheme("OPS workflows", false, Map.of(INCIDENT, WORKFLOW)));
  }

  @After
  public void tearDown() throws Exception {
    jira.close();
  }

  @Test
  public void previewListsEveryClosingTransitionWithTheStatusesItLeavesAndEntersAllTicked() {
    SetupReport preview = run(false, TransitionChoice.everyTransition());

    List<GateTransition> incident = transitions(preview, ObjectKind.INCIDENT_GATE);
    assertEquals(
        List.of("Done: [Open] -> Done", "Resolve: [In Progress] -> Done", "Cancel: [] -> Done"),
        incident.stream().map(t -> t.name() + ": " + t.from() + " -> " + t.to()).toList());
    assertTrue(incident.stream().allMatch(t -> t.workflow().equals(WORKFLOW)));
    assertTrue(incident.stream().noneMatch(GateTransition::gated));
    assertEquals(List.of("INCIDENT_GATE:OPS:11"), List.of(incident.get(0).key()));
    assertEquals(List.of(), jira.writes);
  }

  @Test
  public void gatesOnlyTheTicked() {
    SetupReport report = run(true, ticked("INCIDENT_GATE:OPS:11", "INCIDENT_GATE:OPS:21"));

    assertFalse(report.anyFailed());
    SetupLine gate = line(report, WORKFLOW);
    assertEquals(SetupAction.CHANGE, gate.action());
    assertEquals(List.of("Done, Resolve"), gate.reasonArgs());
    WorkflowDescriptor workflow = jira.workflows.get(WORKFLOW).getDescriptor();
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(workflow, "Done"));
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(workflow, "Resolve"));
    assertEquals(List.of(), validatorClasses(workflow, "Cancel"));
  }

  @Test
  public void aRerunWithTheSameChoiceWritesNothing() {
    TransitionChoice choice = ticked("INCIDENT_GATE:OPS:11");
    run(true, choice);
    List<String> afterFirst = List.copyOf(jira.writes);

    SetupReport second = run(true, choice);

    assertEquals(afterFirst, jira.writes);
    assertEquals(SetupAction.KEEP, line(second, WORKFLOW).action());
    assertEquals(0, second.changes());
  }

  @Test
  public void untickingAGatedTransitionLeavesItsValidatorAndReportsItAsLeftAlone() {
    run(true, TransitionChoice.everyTransition());
    List<String> afterFirst = List.copyOf(jira.writes);

    SetupReport second = run(true, ticked("INCIDENT_GATE:OPS:11"));

    assertEquals(afterFirst, jira.writes);
    SetupLine resolve = line(second, "Resolve in " + WORKFLOW);
    assertEquals(SetupAction.LEAVE_ALONE, resolve.action());
    assertEquals("postmortem.setup.project.reason.gate-unticked", resolve.reasonKey());
    assertEquals(SetupAction.LEAVE_ALONE, line(second, "Cancel in " + WORKFLOW).action());
    WorkflowDescriptor workflow = jira.workflows.get(WORKFLOW).getDescriptor();
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(workflow, "Resolve"));
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(workflow, "Cancel"));
  }

  @Test
  public void tickingOneMoreLaterAddsTheGateToThatOneOnly() {
    run(true, ticked("INCIDENT_GATE:OPS:11"));

    SetupReport second = run(true, ticked("INCIDENT_GATE:OPS:11", "INCIDENT_GATE:OPS:41"));

    assertEquals(List.of("Cancel"), line(second, WORKFLOW).reasonArgs());
    WorkflowDescriptor workflow = jira.workflows.get(WORKFLOW).getDescriptor();
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(workflow, "Done"));
    assertEquals(List.of(), validatorClasses(workflow, "Resolve"));
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(workflow, "Cancel"));
  }

  @Test
  public void nothingTickedAddsNoValidatorAndSaysSo() {
    SetupReport report = run(true, ticked());

    SetupLine gate = line(report, WORKFLOW);
    assertEquals(SetupAction.LEAVE_ALONE, gate.action());
    assertEquals("postmortem.setup.project.reason.gate-none-chosen", gate.reasonKey());
    assertTrue(jira.writes.stream().noneMatch(w -> w.contains(WORKFLOW)));
  }

  @Test
  public void aSharedWorkflowsCopyCarriesTheGateOnTheTickedTransitionsAndARerunKeepsIt() {
    jira.useWorkflows(
        ops,
        jira.workflowScheme("OPS shared", false, Map.of(INCIDENT, WORKFLOW, TASK_TYPE, WORKFLOW)));
    TransitionChoice choice = ticked("INCIDENT_GATE:OPS:21");

    SetupReport first = run(true, choice);

    assertEquals(SetupAction.COPY, line(first, "OPS: " + WORKFLOW).action());
    assertEquals("OPS: " + WORKFLOW, jira.workflowFor(ops, INCIDENT));
    WorkflowDescriptor copy = jira.workflows.get("OPS: " + WORKFLOW).getDescriptor();
    assertEquals(List.of(INCIDENT_GATE), validatorClasses(copy, "Resolve"));
    assertEquals(List.of(), validatorClasses(copy, "Done"));
    assertEquals(List.of(), validatorClasses(copy, "Cancel"));
    assertEquals(
        List.of(), validatorClasses(jira.workflows.get(WORKFLOW).getDescriptor(), "Resolve"));
    List<String> afterFirst = List.copyOf(jira.writes);

    SetupReport second = run(true, choice);

    assertEquals(afterFirst, jira.writes);
    assertEquals(SetupAction.KEEP, line(second, "OPS: " + WORKFLOW).action());
  }

  @Test
  public void theVerifiedFixGateGoesOnTheTickedClosingTransitionsOfTheItemsWorkflow() {
    jira.addWorkflowWithThreeWaysToClose("PM items");
    jira.useWorkflows(
        project, jira.workflowScheme("PM workflows", false, Map.of(REMEDIATION_TYPE, "PM items")));

    SetupReport report =
        jira.setup()
            .run(
                jira.run(project, mapping, true, true, ticked("VERIFIED_FIX_GATE:PM:21")),
                List.of(),
                null);

    assertEquals(
        List.of("Done", "Resolve", "Cancel"),
        transitions(report, ObjectKind.VERIFIED_FIX_GATE).stream()
            .map(GateTransition::name)
            .toList());
    WorkflowDescriptor items = jira.workflows.get("PM items").getDescriptor();
    assertEquals(List.of(VERIFIED_FIX), validatorClasses(items, "Resolve"));
    assertEquals(List.of(), validatorClasses(items, "Done"));
    assertEquals(List.of(), validatorClasses(items, "Cancel"));
  }

  @Test
  public void isItWiredUpSaysForEachClosingTransitionWhetherTheGateIsAttached() {
    Project both = jira.project(10_007L, "INC", TASK_TYPE, INCIDENT);
    jira.useWorkflows(
        both, jira.workflowScheme("INC workflows", false, Map.of(INCIDENT, WORKFLOW)));
    jira.setup()
        .run(jira.run(both, mapping, true, true, ticked("INCIDENT_GATE:INC:11")), List.of(), both);

    List<WiringGap> wiring = jira.wiring().check(jira.run(both, mapping, false));

    List<String> incident = new ArrayList<>();
    boolean inIncident = false;
    for (WiringGap gap : wiring) {
      inIncident |= gap.checkKey().endsWith(".incident-gate");
      if (inIncident) {
        incident.add((gap.detail() ? "  " + gap.checkArgs() : gap.checkKey()) + " " + gap.ok());
      }
    }
    assertEquals(
        List.of(
            "postmortem.setup.wiring.check.incident-gate true",
            "  [Done, Open, Done] true",
            "  [Resolve, In Progress, Done] false",
            "  [Cancel, any status, Done] false"),
        incident);
  }

  private SetupReport run(boolean apply, TransitionChoice choice) {
    return jira.setup().run(jira.run(project, mapping, apply, true, choice), List.of(), ops);
  }

  private static TransitionChoice ticked(String... keys) {
    return TransitionChoice.of(List.of(keys));
  }

  private static List<GateTransition> transitions(SetupReport report, ObjectKind gate) {
    return report.transitions().stream().filter(t -> t.gate() == gate).toList();
  }

  private static SetupLine line(SetupReport report, String name) {
    return report.lines().stream()
        .filter(
            l -> l.kind() == ObjectKind.INCIDENT_GATE || l.kind() == ObjectKind.VERIFIED_FIX_GATE)
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + report.lines()));
  }

  private static List<Object> validatorClasses(WorkflowDescriptor workflow, String transition) {
    List<Object> classes = new ArrayList<>();
    for (Object validator : action(workflow, transition).getValidators()) {
      classes.add(((ValidatorDescriptor) validator).getArgs().get("class.name"));
    }
    return classes;
  }

  private static ActionDescriptor action(WorkflowDescriptor workflow, String name) {
    List<Object> actions = new ArrayList<>(workflow.getGlobalActions());
    for (Object step : workflow.getSteps()) {
      actions.addAll(((StepDescriptor) step).getActions());
    }
    for (Object action : actions) {
      if (name.equals(((ActionDescriptor) action).getName())) {
        return (ActionDescriptor) action;
      }
    }
    throw new AssertionError("No transition " + name);
  }
}
