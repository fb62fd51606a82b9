package io.postmortem.jira.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import com.atlassian.jira.issue.Issue;
import com.sun.net.httpserver.HttpExchange;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.jira.dashboard.JerseyRoute;
import io.postmortem.jira.testing.HeadlessBrowser;
import io.postmortem.jira.testing.PluginScripts;
import java.io.IOException;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
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
 * <p>Behind the pages is {@link WalkServices}: the shared fake Jira, which keeps the issues our
 * code creates, the app's real stores on H2, and the real resources the scripts call ({@code
 * IncidentPostmortemResource}, {@code ActionItemResource}, {@code OwnershipResource}, {@code
 * ProposalAnswerResource}) served by Jersey. Every page is rendered on each load by the real panel
 * builders from what Jira and the stores hold, so each step sees what the previous one changed.
 * Only the create dialog's draft is canned: the fake Jira keeps no change history or comments to
 * suggest timeline events from. "Publish" is the workflow's own checklist validator ({@link
 * WalkPublish}), run on PM-12 as Jira holds it: it refuses the transition before the owner accepts
 * the counter-proposal, naming the unconfirmed item, and lets it through after. The sections, which
 * no step of this walk edits, are given.
 */
public class LifecycleWalkthroughBrowserTest {

  private static final List<String> CSS =
      List.of("/plugin/css/postmortem-panels.css", "/plugin/css/postmortem-create.css");
  private static final String DRAFT =
      "{\"incidentKey\":\"OPS-5\",\"projectKey\":\"PM\","
          + "\"summary\":\"Postmortem: OPS-5 Checkout down\",\"facilitator\":\"ann\","
          + "\"severity\":\"SEV_1\",\"suggestions\":["
          + event("2026-12-01T08:00:00Z", "STARTED", "Consumer lag begins to grow")
          + ","
          + event(
              "2026-12-01T08:02:00Z", "DETECTED", "Comment on OPS-5 by Ann: checkout returns 502")
          + ","
          + event("2026-12-01T09:10:00Z", "MITIGATED", "Previous configuration restored")
          + ","
          + event("2026-12-01T09:40:00Z", "RESOLVED", "OPS-5: In Progress \\u2192 Resolved")
          + "]}";

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final WalkServices walk = new WalkServices();
  private final WalkPublish publish = new WalkPublish(walk);

  @Test
  public void walksFromTheIncidentToAPublishablePostmortem() throws IOException {
    JerseyRoute resources = new JerseyRoute(walk.resources(), "/rest/postmortem/1.0/");
    browser.handle(
        "/rest/postmortem/1.0/",
        exchange -> {
          if (exchange.getRequestURI().getPath().endsWith("/incidents/OPS-5/postmortem-draft")) {
            HeadlessBrowser.respond(exchange, 200, "application/json", DRAFT);
          } else {
            resources.handle(exchange);
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

    walk.logIn("bob");
    browser.open("/browse/OPS-21");
    browser.tabTo("postmortem-confirm");
    keys(Keys.ENTER);
    awaitReload(".postmortem-remediation .postmortem-status");

    walk.logIn("dave");
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

    List<String> refused = publish.publish();
    walk.logIn("ann");
    browser.open("/browse/PM-12");
    String refusedOnThePanel = text("[data-rule=owners-confirmed]");
    browser.tabTo("postmortem-accept");
    keys(Keys.ENTER);
    awaitReload(".postmortem-answer .postmortem-status");
    browser.js("window.scrollTo(0, 0);");
    browser.screenshot(Paths.get("../docs/images/lifecycle-walkthrough.png"));
    List<String> published = publish.publish();

    assertEquals(
        List.of(
            "OPS-22 'Check the consumer pool size in the deploy pipeline': Dave has not confirmed"
                + " ownership yet. Dave confirms it on OPS-22 with \"Confirm ownership\" in the"
                + " remediation panel, or proposes another due date there."),
        refused);
    assertThat(
        refusedOnThePanel,
        containsString(
            "OPS-22 'Check the consumer pool size in the deploy pipeline': Dave has not"));
    assertEquals(List.of(), published);
    List<ActionItem> items = walk.reader.read(walk.postmortem()).actionItems();
    assertEquals(
        List.of("bob", "dave"), items.stream().map(i -> i.confirmation().userKey()).toList());
    assertEquals(List.of("OPS-21", "OPS-22"), items.stream().map(ActionItem::key).toList());
    assertEquals(LocalDate.of(2027, 2, 15), items.get(1).dueDate());
    assertEquals(0, browser.driver().findElements(By.cssSelector(".postmortem-accept")).size());
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-rule .aui-lozenge-error').length;"));
  }

  private void addItem(String summary, String priority, String horizon, String assignee) {
    walk.logIn("ann");
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

  /** The issue page with the panels the plugin adds to it, built for whoever is logged in. */
  private void page(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestURI().getPath().substring("/browse/".length());
    walk.writeSections();
    String body;
    List<String> scripts;
    if (key.equals("OPS-5")) {
      body = render(PanelTemplates.INCIDENT, walk.incidentPanel().viewOf(walk.incident));
      scripts = PluginScripts.of("postmortem-create-resources");
    } else if (key.equals("PM-12")) {
      Issue postmortem = walk.postmortem();
      body =
          render(PanelTemplates.POSTMORTEM, walk.postmortemPanel().viewOf(postmortem))
              + render(PanelTemplates.LIFECYCLE, walk.lifecyclePanel().viewOf(postmortem));
      scripts =
          PluginScripts.of("postmortem-action-item-resources", "postmortem-lifecycle-resources");
    } else {
      Issue item = walk.jira.issueManager.getIssueObject(key);
      body = render(PanelTemplates.REMEDIATION, walk.remediationPanel().viewOf(item));
      scripts = PluginScripts.of("postmortem-panels-resources");
    }
    HeadlessBrowser.respond(
        exchange,
        200,
        "text/html; charset=utf-8",
        HeadlessBrowser.auiPage(key, body, CSS, scripts));
  }

  private static String render(String template, Object view) {
    return PanelTemplates.render(template, view, WalkServices.ENGLISH);
  }

  private static String event(String at, String kind, String text) {
    return "{\"at\":\"" + at + "\",\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}";
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
