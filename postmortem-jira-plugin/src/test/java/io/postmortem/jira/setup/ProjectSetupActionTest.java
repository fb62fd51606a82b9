package io.postmortem.jira.setup;

import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJiraAdmin;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;

/** The setup page's project part as the admin uses it: preview on GET, apply on POST, wiring. */
public class ProjectSetupActionTest {

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private FakeJiraAdmin app;
  private FakeJiraProjects jira;
  private MockedStatic<GlobalIssueContext> globalContext;
  private PostmortemSetupAction action;

  @Before
  public void setUp() throws Exception {
    app = new FakeJiraAdmin();
    jira = new FakeJiraProjects();
    globalContext = mockStatic(GlobalIssueContext.class);
    globalContext.when(GlobalIssueContext::getInstance).thenReturn(mock(JiraContextNode.class));
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    Project project = jira.project(10_000L, "PM", TASK_TYPE);
    Project ops = jira.project(10_001L, "OPS", TASK_TYPE);
    action =
        new PostmortemSetupAction(
            app.setup(),
            app.configuration(),
            app.mappingForm(),
            jira.page(app, List.of(project, ops)),
            auth);
  }

  @After
  public void tearDown() throws Exception {
    jira.close();
    globalContext.close();
  }

  @Test
  public void previewOnGetListsEveryObjectAndWritesNothing() {
    enable();

    action.show(Map.of("projectKey", new String[] {"PM"}));

    assertTrue(action.getHasReport());
    assertFalse(action.getApplied());
    assertEquals(List.of(), jira.writes);
    assertTrue(
        action.getReportRows().stream()
            .anyMatch(
                r ->
                    r.kind().equals("Workflow")
                        && r.name().equals("Postmortem workflow")
                        && r.outcome().equals("Will be created")));
    assertEquals("Preview for PM", action.getReportHeading());
  }

  @Test
  public void applyOnPostCreatesTheAppsObjectsThenSetsUpTheProjectAndClosesTheGaps() {
    action.handle(Map.of("op", new String[] {"apply"}, "projectKey", new String[] {"PM"}));

    assertTrue(action.getApplied());
    assertFalse(action.getReportFailed());
    assertEquals(
        "Done. Create a postmortem in PM: its fields are on the screen, and Publish runs the"
            + " checklist.",
        action.getReportSummary());
    List<WiringRow> wiring = action.getWiring();
    assertEquals(7, wiring.size());
    assertTrue(wiring.subList(0, 6).stream().allMatch(WiringRow::ok));
    assertEquals(
        "Closing a Critical or High action item requires verification evidence",
        wiring.get(4).check());
    assertEquals("Closing transition Done: Open → Done", wiring.get(5).check());
    assertTrue(wiring.get(5).detail());
    assertEquals("Attached", wiring.get(5).result());
    assertEquals(
        "No Incident issue type is mapped, so there is nothing to gate (optional).",
        wiring.get(6).gap());
    assertEquals(
        "../CreateIssueDetails!init.jspa?pid=10000&issuetype="
            + app.configuration().current().postmortemIssueTypeId(),
        action.getCreatePostmortemUrl());
  }

  @Test
  public void wiringNamesEachGapOfAProjectNotSetUpYet() {
    enable();

    action.show(Map.of("projectKey", new String[] {"PM"}));

    List<WiringRow> wiring = action.getWiring();
    assertFalse(wiring.get(0).ok());
    assertEquals("Not in the issue type scheme of the project.", wiring.get(0).gap());
    assertEquals(
        "Workflow jira has no transition into a done status that runs the checklist validator.",
        wiring.get(1).gap());
    assertEquals(
        "Not on the create screen: Review meeting date, Facilitator, Impact, Root causes and"
            + " contributing factors, Resolution, What went well, What went wrong, Where we got"
            + " lucky",
        wiring.get(2).gap());
    assertTrue(wiring.get(1).fixesBySetup());
    assertEquals(
        "Workflow jira closes action items without the validator \"Critical and High items need"
            + " verification evidence\".",
        wiring.get(4).gap());
    assertTrue(wiring.get(4).fixesBySetup());
    assertEquals("", action.getCreatePostmortemUrl());
  }

  @Test
  public void previewBeforeTheAppsIssueTypesExistSaysApplyCreatesThemFirst() {
    action.show(Map.of("projectKey", new String[] {"PM"}));

    assertEquals(1, action.getReportRows().size());
    assertTrue(action.getReportRows().get(0).why().startsWith("The Postmortem and Remediation"));
    assertEquals(List.of(), jira.writes);
  }

  @Test
  public void aSecondApplyReportsThatNothingChanged() {
    Map<String, String[]> apply =
        Map.of("op", new String[] {"apply"}, "projectKey", new String[] {"PM"});
    action.handle(apply);
    List<String> afterFirst = List.copyOf(jira.writes);

    action.show(Map.of("projectKey", new String[] {"PM"}));

    assertEquals("Everything is in place: applying changes nothing.", action.getReportSummary());
    assertEquals(afterFirst, jira.writes);
  }

  @Test
  public void anUnknownProjectKeyIsExplainedAndNothingIsWritten() {
    action.handle(Map.of("op", new String[] {"apply"}, "projectKey", new String[] {"NOPE"}));

    assertEquals(List.of("There is no project with the key NOPE."), action.getErrors());
    assertFalse(action.getHasReport());
    assertEquals(List.of(), jira.writes);
  }

  @Test
  public void setsUpTheActionItemScreensOfThePickedProjects() {
    action.handle(
        Map.of(
            "op", new String[] {"apply"},
            "projectKey", new String[] {"PM"},
            "itemProjects", new String[] {"OPS"}));

    assertEquals(List.of("OPS"), action.getItemProjectKeys());
    assertTrue(
        action.getItemProjectPicks().stream()
            .anyMatch(p -> p.value().equals("OPS") && p.selected()));
    assertTrue(jira.writes.contains("associate screens OPS"));
  }

  @Test
  public void applyGatesOnlyTheTickedTransitionsAndANoneTickedFormIsAChoiceToo() {
    enable();
    action.show(Map.of("projectKey", new String[] {"PM"}));
    List<TransitionGroup> groups = action.getTransitionGroups();
    assertEquals(1, groups.size());
    assertEquals("Verified-fix gate: closing transitions of jira in PM", groups.get(0).legend());
    TransitionPick done = groups.get(0).picks().get(0);
    assertEquals("Done: Open → Done", done.label());
    assertTrue(done.checked());
    assertEquals("VERIFIED_FIX_GATE:PM:11", done.value());

    action.handle(
        Map.of(
            "op", new String[] {"apply"},
            "projectKey", new String[] {"PM"},
            "gateChoice", new String[] {"true"}));

    assertTrue(
        action.getReportRows().stream()
            .anyMatch(
                r ->
                    r.name().equals("jira")
                        && r.why()
                            .equals(
                                "No closing transition was ticked, so no validator is added.")));
    assertFalse(jira.writes.contains("workflow PM: jira"));
    assertEquals(List.of(), action.getTransitionGroups());
  }

  /** What enabling the app does (SetupOnStart): the app-wide issue types, links and fields. */
  private void enable() {
    app.setup().repair(BundleI18nHelper.forLocale(Locale.ENGLISH));
  }
}
