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
import com.sun.net.httpserver.HttpExchange;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJiraAdmin;
import io.postmortem.jira.testing.HeadlessBrowser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * "Set up postmortems in a project" in a real browser: the admin opens the preview, presses Apply
 * with the keyboard, and reads the report and "Is it wired up?". The page is the real template,
 * rendered per request from the real action on a fake Jira; also the admin guide's images.
 */
public class ProjectSetupBrowserTest {

  private static final String PAGE = "/secure/admin/PostmortemSetup!default.jspa";

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private FakeJiraAdmin app;
  private FakeJiraProjects jira;
  private List<Project> projects;
  private final List<Map<String, String[]>> posts = new ArrayList<>();

  @Before
  public void setUp() throws Exception {
    app = new FakeJiraAdmin();
    jira = new FakeJiraProjects();
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    Project pm = jira.project(10_000L, "PM", TASK_TYPE);
    Project ops = jira.project(10_001L, "OPS", TASK_TYPE);
    when(ops.getName()).thenReturn("Operations <img src=x onerror=\"alert('xss')\">");
    projects = List.of(pm, ops);
    browser.handle("/secure/admin/", this::serve);
    // What enabling the app does (SetupOnStart): the app-wide issue types, links and fields.
    try (MockedStatic<GlobalIssueContext> global = mockStatic(GlobalIssueContext.class)) {
      global.when(GlobalIssueContext::getInstance).thenReturn(mock(JiraContextNode.class));
      app.setup().repair(BundleI18nHelper.forLocale(Locale.ENGLISH));
    }
  }

  @After
  public void tearDown() throws Exception {
    jira.close();
  }

  @Test
  public void previewListsWhatWillChangeAndApplyByKeyboardSetsUpTheProject() throws Exception {
    browser.open(PAGE + "?projectKey=PM&itemProjects=OPS");

    List<WebElement> planned =
        browser.driver().findElements(By.cssSelector("#postmortem-project-report tbody tr"));
    assertEquals(20, planned.size());
    // Lozenges are upper case on screen: compare the rendered text case-insensitively.
    String preview =
        browser.driver().findElement(By.id("postmortem-project-report")).getText().toLowerCase();
    assertTrue(preview.contains("postmortem workflow"));
    assertTrue(preview.contains("will be copied for this project"));
    assertEquals(List.of(), jira.writes);
    assertEquals(List.of(), browser.alerts());
    browser.screenshot(Path.of("../docs/images/admin-setup-preview.png"));

    WebElement apply = browser.driver().findElement(By.id("postmortem-project-apply-button"));
    browser.js("arguments[0].focus();", apply);
    apply.sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.getElementById('postmortem-project-report-heading')"
            + " && document.getElementById('postmortem-project-report-heading')"
            + ".textContent.indexOf('What was done') === 0");

    assertEquals("apply", posts.get(0).get("op")[0]);
    assertEquals("PM", posts.get(0).get("projectKey")[0]);
    assertEquals("OPS", posts.get(0).get("itemProjects")[0]);
    String report =
        browser.driver().findElement(By.id("postmortem-project-report")).getText().toLowerCase();
    assertTrue(report.contains("created"));
    assertFalse(report.contains("failed"));
    String wiring = browser.driver().findElement(By.id("postmortem-wiring")).getText();
    assertTrue(wiring.contains("Publish (a transition into a done status) runs the checklist"));
    // Five checks hold, and the items workflow's one closing transition carries its gate.
    assertEquals(
        6,
        browser
            .driver()
            .findElements(By.cssSelector("#postmortem-wiring .aui-lozenge-success"))
            .size());
    assertTrue(
        browser
            .driver()
            .findElement(By.id("postmortem-create-first"))
            .getAttribute("href")
            .contains("/secure/CreateIssueDetails!init.jspa?pid=10000&issuetype="));
    assertFalse(jira.writes.isEmpty());
    assertEquals(List.of(), browser.alerts());
    browser.screenshot(Path.of("../docs/images/admin-setup-applied.png"));
  }

  @Test
  public void closingActionItemsNeedsVerificationEvidenceOnceTheAdminConfirmsTheDraft()
      throws Exception {
    String itemType = app.configuration().current().remediationSubTaskTypeId();
    jira.addWorkflow("PM task workflow");
    jira.useWorkflows(
        projects.get(0),
        jira.workflowScheme(
            "PM workflows",
            false,
            Map.of(TASK_TYPE, "PM task workflow", itemType, "PM task workflow")));

    browser.open(PAGE + "?projectKey=PM&incidentProjectKey=-");

    String preview = browser.driver().findElement(By.id("postmortem-project-report")).getText();
    assertTrue(preview.contains("Verified-fix gate"));
    assertTrue(
        preview.contains(
            "A draft of this workflow with the validator on Done is published when you apply"));
    WebElement confirm = browser.driver().findElement(By.id("publishDrafts"));
    assertTrue(confirm.isSelected());
    browser.js("arguments[0].scrollIntoView({block: 'center'});", confirm);
    browser.screenshot(Path.of("../docs/images/admin-setup-verified-fix.png"));

    WebElement apply = browser.driver().findElement(By.id("postmortem-project-apply-button"));
    browser.js("arguments[0].focus();", apply);
    apply.sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.getElementById('postmortem-project-report-heading')"
            + " && document.getElementById('postmortem-project-report-heading')"
            + ".textContent.indexOf('What was done') === 0");
    browser.assertAccessible("setup report after the verified-fix gate");

    assertEquals("true", posts.get(0).get("publishDrafts")[0]);
    assertEquals("-", posts.get(0).get("incidentProjectKey")[0]);
    assertTrue(jira.writes.contains("publish draft PM task workflow"));
    String wiring = browser.driver().findElement(By.id("postmortem-wiring")).getText();
    assertTrue(
        wiring.contains("Closing a Critical or High action item requires verification evidence"));
    WebElement verifiedRow =
        browser.driver().findElements(By.cssSelector("#postmortem-wiring tbody tr")).get(4);
    assertTrue(verifiedRow.getText().contains("verification evidence"));
    assertEquals(1, verifiedRow.findElements(By.cssSelector(".aui-lozenge-success")).size());
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void theAdminUnticksAClosingTransitionByKeyboardAndOnlyTheTickedOnesGetTheIncidentGate()
      throws Exception {
    String incidentType = "10003";
    app.configuration()
        .save(
            app.configuration()
                .current()
                .withIssueTypes(
                    app.configuration().current().postmortemIssueTypeId(),
                    app.configuration().current().remediationSubTaskTypeId(),
                    incidentType));
    Project inc = jira.project(10_002L, "INC", TASK_TYPE, incidentType);
    projects = List.of(projects.get(0), projects.get(1), inc);
    jira.addWorkflowWithThreeWaysToClose("Incident workflow");
    jira.useWorkflows(
        inc,
        jira.workflowScheme("INC workflows", false, Map.of(incidentType, "Incident workflow")));

    browser.open(PAGE + "?projectKey=PM&incidentProjectKey=INC");

    List<WebElement> legends =
        browser.driver().findElements(By.cssSelector(".postmortem-gate-transitions legend"));
    assertEquals(
        List.of(
            "Verified-fix gate: closing transitions of jira in PM",
            "Incident close gate: closing transitions of Incident workflow in INC"),
        legends.stream().map(WebElement::getText).toList());
    WebElement cancel = browser.driver().findElement(By.id("gate-transition-INCIDENT_GATE-INC-41"));
    assertTrue(cancel.isSelected());
    assertEquals(
        "Cancel: any status → Done",
        browser
            .driver()
            .findElement(By.cssSelector("label[for='gate-transition-INCIDENT_GATE-INC-41']"))
            .getText());
    browser.tabTo("checkbox");
    assertTrue(
        (Boolean)
            browser.js(
                "return document.activeElement.name === 'gateTransitions'"
                    + " && document.activeElement.id === arguments[0];",
                "gate-transition-VERIFIED_FIX_GATE-PM-11"));
    browser.js("arguments[0].focus();", cancel);
    cancel.sendKeys(Keys.SPACE);
    assertFalse(cancel.isSelected());
    browser.js(
        "arguments[0].scrollIntoView({block: 'center'});",
        browser.driver().findElements(By.cssSelector(".postmortem-gate-transitions")).get(1));
    browser.assertAccessible("setup preview with the closing transitions to choose");
    browser.screenshot(Path.of("../docs/images/admin-setup-transitions.png"));

    WebElement apply = browser.driver().findElement(By.id("postmortem-project-apply-button"));
    browser.js("arguments[0].focus();", apply);
    apply.sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.getElementById('postmortem-project-report-heading')"
            + " && document.getElementById('postmortem-project-report-heading')"
            + ".textContent.indexOf('What was done') === 0");
    browser.assertAccessible("setup report after choosing closing transitions");

    assertEquals("true", posts.get(0).get("gateChoice")[0]);
    assertEquals(
        List.of("VERIFIED_FIX_GATE:PM:11", "INCIDENT_GATE:INC:11", "INCIDENT_GATE:INC:21"),
        List.of(posts.get(0).get("gateTransitions")));
    assertTrue(jira.writes.contains("publish draft Incident workflow"));
    List<String> transitionRows =
        browser
            .driver()
            .findElements(By.cssSelector("#postmortem-wiring .postmortem-wiring-transition"))
            .stream()
            .map(row -> row.getText().toLowerCase())
            .toList();
    // PM's items workflow (a copy of Jira's), then the incident workflow in INC.
    assertEquals(
        List.of(
            "closing transition done: open → done attached",
            "closing transition done: open → done attached",
            "closing transition resolve: in progress → done attached",
            "closing transition cancel: any status → done not attached"),
        transitionRows);
    assertEquals(List.of(), browser.alerts());
  }

  /** Jira's part: a fresh action per request, GET shows, POST handles, the template renders. */
  private void serve(HttpExchange exchange) throws IOException {
    Map<String, String[]> params =
        parse(
            "POST".equals(exchange.getRequestMethod())
                ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                : exchange.getRequestURI().getRawQuery());
    String html;
    // Mockito's static and construction mocks are per thread: this is the server's thread.
    try (AutoCloseable intercepted = jira.interceptOnThisThread();
        MockedStatic<GlobalIssueContext> global = mockStatic(GlobalIssueContext.class)) {
      global.when(GlobalIssueContext::getInstance).thenReturn(Mockito.mock(JiraContextNode.class));
      PostmortemSetupAction action =
          new PostmortemSetupAction(
              app.setup(), app.configuration(), app.mappingForm(), jira.page(app, projects), auth);
      if ("POST".equals(exchange.getRequestMethod())) {
        posts.add(params);
        action.handle(params);
      } else {
        action.show(params);
      }
      html =
          new VelocityTemplates()
              .render(
                  "templates/setup/setup.vm",
                  Map.of("action", action, "atl_token", "token"),
                  BundleI18nHelper.forLocale(Locale.ENGLISH));
    } catch (Exception e) {
      throw new IOException(e);
    }
    String body = html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>"));
    HeadlessBrowser.respond(
        exchange,
        200,
        "text/html; charset=utf-8",
        HeadlessBrowser.auiPage("Set up postmortems", body, List.of(), List.of()));
  }

  private static Map<String, String[]> parse(String form) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (form != null && !form.isEmpty()) {
      for (String pair : form.split("&")) {
        String[] parts = pair.split("=", 2);
        values
            .computeIfAbsent(decode(parts[0]), k -> new ArrayList<>())
            .add(parts.length > 1 ? decode(parts[1]) : "");
      }
    }
    Map<String, String[]> params = new LinkedHashMap<>();
    values.forEach((k, v) -> params.put(k, v.toArray(new String[0])));
    return params;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
