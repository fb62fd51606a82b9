package io.postmortem.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.security.JiraAuthenticationContext;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJiraAdmin;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.mockito.MockedStatic;

public class PostmortemSetupActionTest {

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private FakeJiraAdmin jira;
  private PostmortemSetupAction action;
  private MockedStatic<GlobalIssueContext> globalContext;
  private FakeJiraProjects projects;

  @Before
  public void setUp() throws Exception {
    jira = new FakeJiraAdmin();
    globalContext = mockStatic(GlobalIssueContext.class);
    JiraContextNode global = mock(JiraContextNode.class);
    globalContext.when(GlobalIssueContext::getInstance).thenReturn(global);
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    projects = new FakeJiraProjects();
    action =
        new PostmortemSetupAction(
            jira.setup(),
            jira.configuration(),
            jira.mappingForm(),
            projects.page(jira, List.of()),
            auth);
  }

  @After
  public void tearDown() throws Exception {
    projects.close();
    globalContext.close();
  }

  @Test
  public void showsWhatIsMissingWithoutChangingAnything() {
    action.show(Map.of());

    assertTrue(action.getNeedsRepair());
    assertTrue(jira.stored.isEmpty());
  }

  @Test
  public void repairsOnRequest() {
    action.handle(Map.of("op", new String[] {"repair"}));

    assertFalse(action.getNeedsRepair());
    assertEquals("Setup checked and repaired.", action.getDone());
  }

  @Test
  public void savesAMappingToAnExistingIncidentTypeAndPriorityLevels() {
    String incidentType = jira.addIssueType("Incident", false).getId();
    Map<String, String[]> params = new HashMap<>();
    params.put("op", new String[] {"save"});
    params.put("issuetype.incident", new String[] {incidentType});
    params.put("priority.2", new String[] {"CRITICAL"});

    action.handle(params);

    JiraMapping mapping = jira.configuration().current();
    assertEquals(incidentType, mapping.incidentIssueTypeId());
    assertEquals(PriorityLevel.CRITICAL, mapping.priorityLevelOf("2", "High"));
    assertEquals("Mapping saved.", action.getDone());
  }

  @Test
  public void refusesAMappingToSomethingThatDoesNotExistAndKeepsTheOldOne() {
    action.handle(Map.of("op", new String[] {"repair"}));
    JiraMapping before = jira.configuration().current();

    action.handle(
        Map.of("op", new String[] {"save"}, "field.IMPACT", new String[] {"customfield_99999"}));

    assertEquals(
        java.util.List.of(
            "Not saved: field.IMPACT = customfield_99999 names nothing in this Jira."),
        action.getErrors());
    assertEquals(before, jira.configuration().current());
  }

  @Test
  public void savesSeverityValuesThatTheUsualNamesDoNotCover() {
    action.handle(
        Map.of(
            "op",
            new String[] {"save"},
            "severityLines",
            new String[] {"Major = sev_2\n10500 = SEV_1"}));

    JiraMapping mapping = jira.configuration().current();
    assertEquals(io.postmortem.core.postmortem.Severity.SEV_2, mapping.severityOfValue("major"));
    assertEquals("10500 = SEV_1\nmajor = SEV_2", action.getSeverityLines());
  }

  @Test
  public void refusesASeverityLineItCannotRead() {
    action.handle(
        Map.of("op", new String[] {"save"}, "severityLines", new String[] {"Major = very bad"}));

    assertEquals(
        java.util.List.of(
            "Not saved: \"Major = very bad\" is not of the form value = SEV_1 ... SEV_4."),
        action.getErrors());
  }

  @Test
  public void rendersTheAdminPageWithRealVelocity() {
    action.handle(Map.of("op", new String[] {"repair"}));
    jira.addField("Severity <script>");

    String page =
        new VelocityTemplates()
            .render(
                "templates/setup/setup.vm",
                Map.of("action", action, "atl_token", "token-1"),
                BundleI18nHelper.forLocale(Locale.ENGLISH));

    assertTrue(page, page.contains("<h1>Set up postmortems</h1>"));
    assertTrue(page, page.contains("<td>Postmortem issue type</td>"));
    assertTrue(page, page.contains("<td>Created now</td>"));
    assertTrue(page, page.contains("name=\"atl_token\" value=\"token-1\""));
    assertTrue(page, page.contains("Severity &lt;script&gt;"));
    assertFalse(page, page.contains("<script>"));
  }
}
