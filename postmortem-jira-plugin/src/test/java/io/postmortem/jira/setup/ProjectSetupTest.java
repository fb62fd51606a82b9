package io.postmortem.jira.setup;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.issue.fields.screen.FieldScreen;
import com.atlassian.jira.issue.fields.screen.issuetype.IssueTypeScreenScheme;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.setup.ObjectKind;
import io.postmortem.core.setup.SetupAction;
import io.postmortem.core.setup.SetupLine;
import io.postmortem.core.setup.SetupReport;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.testing.FakeJira;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** "Set up postmortems in project X" against a fake Jira that keeps what the setup creates. */
public class ProjectSetupTest {

  private static final String WORKFLOW = "Postmortem workflow";

  private final JiraMapping mapping = FakeJira.setUpMapping();
  private FakeJiraProjects jira;
  private Project project;

  @Before
  public void setUp() {
    jira = new FakeJiraProjects();
    project = jira.project(10_000L, "PM", TASK_TYPE);
  }

  @After
  public void tearDown() throws Exception {
    jira.close();
  }

  @Test
  public void setsUpAFreshProjectSoPostmortemsShowTheirFieldsAndPublishRunsTheChecklist() {
    SetupReport report = apply();

    assertFalse(report.anyFailed());
    FieldScreen postmortemScreen = jira.screenFor(project, POSTMORTEM_TYPE);
    for (FieldRole role :
        List.of(
            FieldRole.IMPACT,
            FieldRole.ROOT_CAUSES,
            FieldRole.RESOLUTION,
            FieldRole.WENT_WELL,
            FieldRole.WENT_WRONG,
            FieldRole.GOT_LUCKY,
            FieldRole.REVIEW_MEETING_DATE,
            FieldRole.FACILITATOR,
            FieldRole.SEVERITY)) {
      assertTrue(role.name(), postmortemScreen.containsField(mapping.fieldId(role).get()));
    }
    FieldScreen itemScreen = jira.screenFor(project, REMEDIATION_TYPE);
    for (String field :
        List.of(
            mapping.fieldId(FieldRole.HORIZON).get(),
            mapping.fieldId(FieldRole.SUCCESS_MEASURE).get(),
            "duedate",
            "assignee",
            "priority")) {
      assertTrue(field, itemScreen.containsField(field));
    }
    assertEquals(WORKFLOW, jira.workflowFor(project, POSTMORTEM_TYPE));
    assertTrue(
        jira.typesOfProject.get(10_000L).containsAll(List.of(POSTMORTEM_TYPE, REMEDIATION_TYPE)));
    WorkflowDescriptor workflow = jira.workflows.get(WORKFLOW).getDescriptor();
    assertEquals(
        Map.of(
            "class.name",
            "io.postmortem.jira.workflow.PostmortemChecklistValidator",
            "settingsSource",
            "project"),
        validators(action(workflow, "Publish")).get(0).getArgs());
    assertTrue(validators(action(workflow, "Submit for review")).isEmpty());
    assertEquals(
        jira.status("Published").getId(),
        workflow
            .getStep(action(workflow, "Publish").getUnconditionalResult().getStep())
            .getMetaAttributes()
            .get("jira.status.id"));
    assertEquals(StatusCategory.COMPLETE, jira.status("Published").getStatusCategory().getKey());
    assertEquals(StatusCategory.TO_DO, jira.status("Draft").getStatusCategory().getKey());
  }

  @Test
  public void leavesTheProjectsOtherIssueTypesAndJirasDefaultSchemesAsTheyWere() {
    apply();

    assertEquals("jira", jira.workflowFor(project, TASK_TYPE));
    assertEquals("Default Screen", jira.screenFor(project, TASK_TYPE).getName());
    assertEquals(1, jira.defaultItss.getEntities().size());
    assertTrue(jira.defaultWorkflowScheme.getMappings().isEmpty());
    assertFalse(jira.writes.contains("screen scheme entry Default Issue Type Screen Scheme"));
    assertFalse(jira.writes.contains("workflow scheme Default Workflow Scheme"));
  }

  @Test
  public void previewListsEveryObjectAndWritesNothing() {
    SetupReport preview = jira.setup().run(jira.run(project, mapping, false), List.of());

    assertEquals(List.of(), jira.writes);
    assertEquals(
        List.of(
            "STATUS CREATE Draft",
            "STATUS CREATE In review",
            "STATUS CREATE Published",
            "STATUS CREATE Cancelled",
            "WORKFLOW CREATE Postmortem workflow",
            "ISSUE_TYPE_SCHEME CHANGE PM: Issue Type Scheme",
            "SCREEN CREATE Postmortem screen",
            "SCREEN_SCHEME CREATE Postmortem screen scheme",
            "SCREEN CREATE Remediation action screen",
            "SCREEN_SCHEME CREATE Remediation action screen scheme",
            "ISSUE_TYPE_SCREEN_SCHEME COPY PM: Default Issue Type Screen Scheme",
            "WORKFLOW_SCHEME COPY PM: Default Workflow Scheme"),
        summary(preview));
    assertFalse(preview.applied());
  }

  @Test
  public void aSecondRunChangesNothing() {
    apply();
    List<String> afterFirst = List.copyOf(jira.writes);

    SetupReport second = apply();

    assertEquals(afterFirst, jira.writes);
    assertEquals(0, second.changes());
    assertFalse(second.anyFailed());
    assertTrue(
        second.lines().stream()
            .allMatch(l -> l.action() == SetupAction.ADOPT || l.action() == SetupAction.KEEP));
  }

  @Test
  public void adoptsStatusesThatAlreadyExistUnderTheSameName() {
    jira.addStatus("Draft", StatusCategory.TO_DO);
    jira.addStatus("published", StatusCategory.COMPLETE);

    SetupReport report = apply();

    assertEquals(
        List.of("status In review", "status Cancelled"),
        jira.writes.stream().filter(w -> w.startsWith("status ")).toList());
    assertEquals(SetupAction.ADOPT, line(report, ObjectKind.STATUS, "Draft").action());
    assertEquals(SetupAction.ADOPT, line(report, ObjectKind.STATUS, "published").action());
  }

  @Test
  public void copiesSchemesSharedWithAnotherProjectAndLeavesThatProjectAsItWas() {
    Project other = jira.project(10_001L, "OPS", TASK_TYPE, POSTMORTEM_TYPE);
    IssueTypeScreenScheme shared = jira.itss("Shared screens", false);
    shared.addEntity(jira.entity(null, jira.defaultScreenScheme));
    jira.useScreens(project, shared);
    jira.useScreens(other, shared);
    AssignableWorkflowScheme sharedWorkflows =
        jira.workflowScheme("Shared workflows", false, Map.of(TASK_TYPE, "Ops workflow"));
    jira.useWorkflows(project, sharedWorkflows);
    jira.useWorkflows(other, sharedWorkflows);
    jira.writes.clear();

    SetupReport report = apply();

    assertEquals(
        SetupAction.COPY,
        line(report, ObjectKind.ISSUE_TYPE_SCREEN_SCHEME, "PM: Shared screens").action());
    assertEquals(
        SetupAction.COPY,
        line(report, ObjectKind.WORKFLOW_SCHEME, "PM: Shared workflows").action());
    assertSame(shared, jira.itssManager.getIssueTypeScreenScheme(other));
    assertEquals(1, shared.getEntities().size());
    assertEquals("Default Screen", jira.screenFor(other, POSTMORTEM_TYPE).getName());
    assertEquals("jira", jira.workflowFor(other, POSTMORTEM_TYPE));
    assertEquals("Ops workflow", jira.workflowFor(project, TASK_TYPE));
    assertEquals(WORKFLOW, jira.workflowFor(project, POSTMORTEM_TYPE));
    assertEquals("Postmortem screen", jira.screenFor(project, POSTMORTEM_TYPE).getName());
  }

  @Test
  public void extendsASchemeOnlyThisProjectUsesInPlace() {
    IssueTypeScreenScheme own = jira.itss("PM screens", false);
    own.addEntity(jira.entity(null, jira.defaultScreenScheme));
    jira.useScreens(project, own);

    SetupReport report = apply();

    assertEquals(
        SetupAction.CHANGE,
        line(report, ObjectKind.ISSUE_TYPE_SCREEN_SCHEME, "PM screens").action());
    assertSame(own, jira.itssManager.getIssueTypeScreenScheme(project));
    assertEquals("Postmortem screen", jira.screenFor(project, POSTMORTEM_TYPE).getName());
  }

  @Test
  public void neverOverwritesAnAdminsWorkflowChoiceForPostmortems() {
    AssignableWorkflowScheme own =
        jira.workflowScheme("PM workflows", false, Map.of(POSTMORTEM_TYPE, "Our review flow"));
    jira.useWorkflows(project, own);

    SetupReport report = apply();

    SetupLine line = line(report, ObjectKind.WORKFLOW_SCHEME, "PM workflows");
    assertEquals(SetupAction.LEAVE_ALONE, line.action());
    assertEquals(List.of("Our review flow"), line.reasonArgs());
    assertEquals("Our review flow", jira.workflowFor(project, POSTMORTEM_TYPE));
  }

  @Test
  public void reportsAScreenAnAdminChangedInsteadOfRewritingIt() {
    FieldScreen customised = jira.screen("Postmortem screen", "summary");

    SetupReport report = apply();

    SetupLine line = line(report, ObjectKind.SCREEN, "Postmortem screen");
    assertEquals(SetupAction.LEAVE_ALONE, line.action());
    assertEquals("postmortem.setup.project.reason.screen-missing-fields", line.reasonKey());
    assertTrue(line.reasonArgs().get(0).contains(mapping.fieldId(FieldRole.IMPACT).get()));
    assertFalse(customised.containsField(mapping.fieldId(FieldRole.IMPACT).get()));
    assertFalse(jira.writes.contains("screen Postmortem screen"));
  }

  @Test
  public void leavesAloneAWorkflowOfTheSameNameThatDoesNotRunTheChecklist() {
    apply();
    WorkflowDescriptor ours = jira.workflows.get(WORKFLOW).getDescriptor();
    action(ours, "Publish").getValidators().clear();
    Project next = jira.project(10_002L, "PM2", TASK_TYPE);

    SetupReport report = jira.setup().run(jira.run(next, mapping, true), List.of());

    assertEquals(SetupAction.LEAVE_ALONE, line(report, ObjectKind.WORKFLOW, WORKFLOW).action());
    SetupLine scheme = line(report, ObjectKind.WORKFLOW_SCHEME, "PM2: Default Workflow Scheme");
    assertEquals(SetupAction.FAIL, scheme.action());
    assertEquals("postmortem.setup.project.reason.needs-workflow", scheme.reasonKey());
    assertEquals("jira", jira.workflowFor(next, POSTMORTEM_TYPE));
  }

  @Test
  public void aFailureMidwayLeavesTheProjectOnItsOldSchemesAndARerunCompletesIt() {
    jira.failOn.add("screen scheme Postmortem screen scheme");

    SetupReport first = apply();

    assertTrue(first.anyFailed());
    assertEquals(
        SetupAction.FAIL,
        line(first, ObjectKind.SCREEN_SCHEME, "Postmortem screen scheme").action());
    SetupLine association =
        line(first, ObjectKind.ISSUE_TYPE_SCREEN_SCHEME, "PM: Default Issue Type Screen Scheme");
    assertEquals(SetupAction.FAIL, association.action());
    assertSame(jira.defaultItss, jira.itssManager.getIssueTypeScreenScheme(project));
    assertEquals(WORKFLOW, jira.workflowFor(project, POSTMORTEM_TYPE));

    jira.failOn.clear();
    SetupReport second = apply();

    assertFalse(second.anyFailed());
    assertEquals("Postmortem screen", jira.screenFor(project, POSTMORTEM_TYPE).getName());
    assertEquals(4, jira.writes.stream().filter(w -> w.startsWith("status ")).count());
    assertEquals(1, jira.writes.stream().filter(w -> w.startsWith("workflow Postmortem")).count());
    assertEquals(1, jira.writes.stream().filter(w -> w.equals("screen Postmortem screen")).count());
    assertEquals(SetupAction.ADOPT, line(second, ObjectKind.SCREEN, "Postmortem screen").action());
  }

  @Test
  public void sendsTheAdminToJiraWhenIssuesWouldChangeWorkflowAndReusesTheCopyOnRerun() {
    jira.projectsWithIssues.add(10_000L);

    SetupReport first = apply();

    SetupLine scheme = line(first, ObjectKind.WORKFLOW_SCHEME, "PM: Default Workflow Scheme");
    assertEquals(SetupAction.FAIL, scheme.action());
    assertEquals("postmortem.setup.project.reason.needs-migration", scheme.reasonKey());
    assertEquals("jira", jira.workflowFor(project, POSTMORTEM_TYPE));

    jira.projectsWithIssues.clear();
    apply();

    assertEquals(WORKFLOW, jira.workflowFor(project, POSTMORTEM_TYPE));
    assertEquals(
        1,
        jira.writes.stream()
            .filter(w -> w.equals("workflow scheme PM: Default Workflow Scheme"))
            .count());
  }

  @Test
  public void setsUpTheActionItemScreensInTheProjectsPicked() {
    Project ops = jira.project(10_003L, "OPS", TASK_TYPE, REMEDIATION_TYPE);

    SetupReport report = jira.setup().run(jira.run(project, mapping, true), List.of(ops));

    assertFalse(report.anyFailed());
    assertEquals("Remediation action screen", jira.screenFor(ops, REMEDIATION_TYPE).getName());
    assertEquals("Default Screen", jira.screenFor(ops, POSTMORTEM_TYPE).getName());
    assertEquals("jira", jira.workflowFor(ops, REMEDIATION_TYPE));
  }

  @Test
  public void refusesToStartWithoutTheAppsIssueTypes() {
    JiraMapping none = JiraMapping.defaults();

    SetupReport report = jira.setup().run(jira.run(project, none, true), List.of());

    assertTrue(report.anyFailed());
    assertEquals(List.of(), jira.writes);
    assertNull(jira.workflows.get(WORKFLOW));
  }

  private SetupReport apply() {
    SetupReport report = jira.setup().run(jira.run(project, mapping, true), List.of());
    assertNotNull(report);
    return report;
  }

  private static List<String> summary(SetupReport report) {
    return report.lines().stream().map(l -> l.kind() + " " + l.action() + " " + l.name()).toList();
  }

  private static SetupLine line(SetupReport report, ObjectKind kind, String name) {
    return report.lines().stream()
        .filter(l -> l.kind() == kind && l.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " not in " + summary(report)));
  }

  private static ActionDescriptor action(WorkflowDescriptor workflow, String name) {
    for (Object step : workflow.getSteps()) {
      for (Object action : ((com.opensymphony.workflow.loader.StepDescriptor) step).getActions()) {
        if (name.equals(((ActionDescriptor) action).getName())) {
          return (ActionDescriptor) action;
        }
      }
    }
    throw new AssertionError("No transition " + name);
  }

  @SuppressWarnings("unchecked")
  private static List<ValidatorDescriptor> validators(ActionDescriptor action) {
    return (List<ValidatorDescriptor>) action.getValidators();
  }
}
