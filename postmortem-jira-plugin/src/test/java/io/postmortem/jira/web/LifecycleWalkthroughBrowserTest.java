package io.postmortem.jira.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.sun.net.httpserver.HttpExchange;
import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.issue.IncidentHistory;
import io.postmortem.jira.application.issue.IncidentPostmortems;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemCreation;
import io.postmortem.jira.dashboard.JerseyRoute;
import io.postmortem.jira.rest.IncidentPostmortemResource;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.storage.AutomaticPostmortemStore;
import io.postmortem.jira.storage.TimelineStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.HeadlessBrowser;
import io.postmortem.jira.testing.PluginScripts;
import io.postmortem.jira.testing.StoreDatabase;
import java.io.IOException;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13's walk-through in one headless Chromium session: the incident's "Create postmortem"
 * dialog, "Add action item" twice on the new postmortem, one owner confirming on the item's panel,
 * the other counter-proposing a date, the postmortem owner accepting it on "Next steps" — each with
 * the real template, script and AUI, from the keyboard where a user would, axe-core on every step.
 *
 * <p>Behind the pages is {@link WalkJira}, one stateful fake of the REST calls those scripts make:
 * it keeps the postmortem, its items, confirmations and proposals, and the pages are rendered from
 * it on every load, so each step sees what the previous one changed. It answers the way the real
 * resources do ({@code IncidentPostmortemResource}, {@code ActionItemResource}, {@code
 * OwnershipResource}, {@code ProposalAnswerResource}, whose own tests cover their permission checks
 * and storage), but it is not them: those resources need Jira's issue creation, which the shared
 * fake Jira does not model. "Publish" is the workflow's own checklist validator class ({@link
 * WalkPublish}), run on the postmortem the walk produced as Jira would hand it over: it refuses the
 * transition before the owner accepts the counter-proposal, naming the unconfirmed item, and lets
 * it through after. The sections, which no step of this walk edits, are given.
 */
public class LifecycleWalkthroughBrowserTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final Instant RESOLVED = Instant.parse("2026-12-01T09:40:00Z");
  private static final List<String> CSS =
      List.of("/plugin/css/postmortem-panels.css", "/plugin/css/postmortem-create.css");

  private static final I18nHelper ENGLISH = BundleI18nHelper.forLocale(Locale.ENGLISH);

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final FakeJira fake = new FakeJira().at(Instant.parse("2026-12-02T10:00:00Z"));
  private final TimelineStore timeline = new TimelineStore(StoreDatabase.emptyH2());
  private final WalkJira jira = new WalkJira(fake, timeline);
  private final WalkPublish publish = new WalkPublish();

  @Test
  public void walksFromTheIncidentToAPublishablePostmortem() throws IOException {
    JerseyRoute resources = new JerseyRoute(resources(), "/rest/postmortem/1.0/");
    browser.handle(
        "/rest/postmortem/1.0/",
        exchange -> {
          if (exchange.getRequestURI().getPath().endsWith("/incidents/OPS-5/postmortems")) {
            resources.handle(exchange);
          } else {
            jira.answer(exchange);
          }
        });
    browser.handle(
        "/browse/",
        exchange -> {
          try {
            page(exchange);
          } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
          }
        });

    browser.open("/browse/OPS-5");
    browser.tabTo("postmortem-create-open");
    keys(Keys.ENTER);
    browser.waitUntil("document.querySelectorAll('.postmortem-create-event').length === 4");
    browser.assertAccessible("walk: create postmortem dialog");
    browser.driver().findElement(By.id("postmortem-create-summary")).sendKeys(Keys.ENTER);
    browser.waitUntil("location.pathname === '/browse/PM-12'");
    browser.assertAccessible("walk: the new postmortem");

    addItem("Alert on consumer lag before it pages customers", "2", "SHORT_TERM", "bob");
    addItem("Check the consumer pool size in the deploy pipeline", "3", "LONG_TERM", "dave");

    jira.viewer = "bob";
    browser.open("/browse/OPS-21");
    browser.tabTo("postmortem-confirm");
    keys(Keys.ENTER);
    awaitReload(".postmortem-remediation .postmortem-status");

    jira.viewer = "dave";
    browser.open("/browse/OPS-22");
    WebElement date = browser.driver().findElement(By.id("postmortem-propose-date"));
    browser.js("arguments[0].value = '2027-02-15';", date);
    browser.driver().findElement(By.id("postmortem-propose-comment")).sendKeys("After the freeze");
    browser.assertAccessible("walk: counter-proposal on the second item");
    browser
        .driver()
        .findElement(By.cssSelector(".postmortem-propose-form button[type=submit]"))
        .sendKeys(Keys.ENTER);
    awaitReload(".postmortem-remediation .postmortem-status");

    List<String> refused = publish.publish(jira);
    jira.viewer = "ann";
    browser.open("/browse/PM-12");
    String refusedOnThePanel = text("[data-rule=owners-confirmed]");
    browser.tabTo("postmortem-accept");
    keys(Keys.ENTER);
    awaitReload(".postmortem-answer .postmortem-status");
    browser.js("window.scrollTo(0, 0);");
    browser.screenshot(Paths.get("../docs/images/lifecycle-walkthrough.png"));
    List<String> published = publish.publish(jira);

    assertEquals(
        List.of(
            "OPS-22 'Check the consumer pool size in the deploy pipeline': Dave has not confirmed"
                + " ownership yet. Dave confirms it on OPS-22 with \"Confirm ownership\" in the"
                + " remediation panel, or proposes another due date there."),
        refused);
    assertThat(
        refusedOnThePanel,
        containsString(
            "OPS-22 'Check the consumer pool size in the deploy pipeline': dave has not"));
    assertEquals(List.of(), published);
    assertEquals(
        List.of("bob", "dave"),
        jira.items.values().stream().map(i -> i.confirmation().userKey()).toList());
    assertEquals(LocalDate.of(2027, 2, 15), jira.items.get("OPS-22").dueDate());
    assertEquals(0, browser.driver().findElements(By.cssSelector(".postmortem-accept")).size());
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-rule .aui-lozenge-error').length;"));
  }

  /**
   * The real {@code IncidentPostmortemResource} over the shared fake Jira: OPS-5 is an incident in
   * OPS, whose postmortems go to PM (eleven issues so far); Ann, logged in, may create there.
   */
  private ResourceConfig resources() {
    JiraMapping mapping = FakeJira.setUpMapping();
    PostmortemConfiguration configuration = FakeJira.configuration(mapping);
    Project ops = fake.project(100L, "OPS");
    Project pm = fake.project(200L, "PM", 11);
    MutableIssue incident = fake.issue("OPS-5", 5L);
    IssueType incidentType = FakeJira.issueType("10001", false);
    when(incident.getIssueType()).thenReturn(incidentType);
    when(incident.getProjectObject()).thenReturn(ops);
    ActiveObjects ao = StoreDatabase.emptyH2();
    AutomaticPostmortemStore automatic = new AutomaticPostmortemStore(ao);
    automatic.save(
        ops.getId(),
        // The project setting names PM only for a rule that is on; no listener runs here.
        new AutomaticPostmortems(true, Severity.SEV_1, AssigneeRule.FACILITATOR, "ann", "PM"));
    ProjectManager projects = mock(ProjectManager.class);
    when(projects.getProjectObjByKey("PM")).thenReturn(pm);
    ApplicationUser ann = FakeJira.user("ann");
    when(fake.authenticationContext.getLoggedInUser()).thenReturn(ann);
    when(fake.permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, pm, ann))
        .thenReturn(true);
    UserManager users = mock(UserManager.class);
    when(users.getUserByName("ann")).thenReturn(ann);
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    return RestTestRuntime.application(
        fake,
        new IncidentPostmortemResource(
            new IssueAccess(fake.issueManager, fake.permissions, fake.authenticationContext),
            new IncidentPostmortems(configuration, automatic, projects, fake.links),
            new IncidentHistory(
                mock(ChangeHistoryManager.class),
                mock(CommentManager.class),
                mock(StatusManager.class)),
            new PostmortemCreation(fake.issueService, fake.links, configuration),
            timeline,
            new IncidentPostmortemResource.Jira(
                configuration,
                fake.permissions,
                users,
                fake.authenticationContext,
                new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)))));
  }

  private void addItem(String summary, String priority, String horizon, String assignee) {
    jira.viewer = "ann";
    browser.open("/browse/PM-12");
    browser.tabTo("postmortem-item-add");
    keys(Keys.ENTER);
    browser.waitUntil("document.activeElement && document.activeElement.name === 'summary'");
    browser.assertAccessible("walk: add action item dialog");
    keys(summary);
    new Select(field("priority")).selectByValue(priority);
    new Select(field("horizon")).selectByValue(horizon);
    field("assignee").sendKeys(assignee);
    field("successMeasure").sendKeys("The drill shows it");
    browser.driver().findElement(By.cssSelector(".postmortem-item-create")).sendKeys(Keys.ENTER);
    awaitReload(".postmortem-item-form .postmortem-status");
  }

  /** Waits for the success message, then for the reload the scripts do after a change. */
  private void awaitReload(String status) {
    browser.waitUntil("document.querySelector('" + status + "').textContent");
    browser.js("window.__before = true;");
    browser.waitUntil("!window.__before && document.readyState === 'complete'");
  }

  private void page(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getPath().substring("/browse/".length());
    String body;
    List<String> scripts;
    if (key.equals("OPS-5")) {
      body = render(PanelTemplates.INCIDENT, jira.incidentView());
      scripts = PluginScripts.of("postmortem-create-resources");
    } else if (key.equals("PM-12")) {
      body =
          render(PanelTemplates.POSTMORTEM, jira.postmortemView(ENGLISH))
              + render(PanelTemplates.LIFECYCLE, jira.nextSteps());
      scripts =
          PluginScripts.of("postmortem-action-item-resources", "postmortem-lifecycle-resources");
    } else {
      body = render(PanelTemplates.REMEDIATION, jira.remediationView(key));
      scripts = PluginScripts.of("postmortem-panels-resources");
    }
    HeadlessBrowser.respond(
        exchange,
        200,
        "text/html; charset=utf-8",
        HeadlessBrowser.auiPage(key, body, CSS, scripts));
  }

  private static String render(String template, Object view) {
    return PanelTemplates.render(template, view, ENGLISH);
  }

  private void keys(CharSequence keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  private WebElement field(String name) {
    return browser
        .driver()
        .findElement(By.cssSelector(".postmortem-item-form [name=" + name + "]"));
  }
}
