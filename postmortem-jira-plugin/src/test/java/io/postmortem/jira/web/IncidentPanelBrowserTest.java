package io.postmortem.jira.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.HeadlessBrowser;
import io.postmortem.jira.testing.PluginScripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The incident's "Postmortem" panel and its "Create postmortem" dialog in headless Chromium with
 * AUI and the dialog's script: opened and submitted from the keyboard, the ticked timeline
 * suggestion goes along, the created postmortem opens, a refused field shows its message next to
 * it, injected text stays text, and axe-core finds no serious WCAG 2.1 AA problem.
 */
public class IncidentPanelBrowserTest {

  private static final String PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  private static final List<String> CSS = List.of("/plugin/css/postmortem-create.css");
  private static final List<String> SCRIPTS = PluginScripts.of("postmortem-create-resources");
  private static final String DRAFT =
      "{\"incidentKey\":\"OPS-5\",\"projectKey\":\"OPS\",\"summary\":\"s\",\"facilitator\":\"ann\","
          + "\"severity\":\"SEV_1\",\"suggestions\":["
          + "{\"at\":\"2026-12-01T08:02:00Z\",\"kind\":\"OTHER\","
          + "\"text\":\"Comment on OPS-5 by Ann: checkout returns 502\"},"
          + "{\"at\":\"2026-12-01T09:40:00Z\",\"kind\":\"RESOLVED\","
          + "\"text\":\"OPS-5: In Progress \\u2192 Resolved\"}]}";

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private boolean refuseSummary;

  @Test
  public void createsTheLinkedPostmortemFromTheKeyboardAndOpensIt() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/create", view("Checkout down", true));

    browser.tabTo("postmortem-create-open");
    Actions keyboard = new Actions(browser.driver());
    keyboard.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("document.querySelectorAll('.postmortem-create-event').length === 2");
    browser.assertAccessible("create postmortem dialog");
    browser.driver().findElement(By.id("postmortem-create-event-1")).sendKeys(Keys.SPACE);
    browser.driver().findElement(By.id("postmortem-create-summary")).sendKeys(Keys.ENTER);
    browser.waitUntil("location.pathname === '/browse/PM-7'");

    assertEquals(
        List.of(
            "GET /rest/postmortem/1.0/incidents/OPS-5/postmortem-draft - ",
            "POST /rest/postmortem/1.0/incidents/OPS-5/postmortems application/json"
                + " {\"summary\":\"Postmortem: OPS-5 Checkout down\",\"facilitator\":\"ann\","
                + "\"timeline\":[{\"at\":\"2026-12-01T08:02:00Z\",\"kind\":\"OTHER\","
                + "\"text\":\"Comment on OPS-5 by Ann: checkout returns 502\"}]}"),
        requests);
  }

  @Test
  public void aRefusedSummaryIsShownNextToTheFieldAndFocused() {
    refuseSummary = true;
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/refused", view("Checkout down", true));

    browser.driver().findElement(By.cssSelector(".postmortem-create-open")).click();
    browser.driver().findElement(By.cssSelector(".postmortem-create-submit")).click();
    browser.waitUntil("document.querySelector('.postmortem-field-error')");
    browser.assertAccessible("create postmortem dialog with a refused summary");

    WebElement summary = browser.driver().findElement(By.name("summary"));
    assertEquals("true", summary.getAttribute("aria-invalid"));
    assertThat(summary.getAttribute("aria-describedby"), containsString("-error"));
    assertEquals("A summary is required.", text(".postmortem-field-error"));
    assertEquals(summary, browser.driver().switchTo().activeElement());
  }

  @Test
  public void escapeClosesTheDialogAndReturnsToTheButton() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/escape", view("Checkout down", true));

    WebElement button = browser.driver().findElement(By.cssSelector(".postmortem-create-open"));
    button.click();
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();

    assertEquals(
        Boolean.TRUE,
        browser.js("return document.getElementById('postmortem-create-dialog').hidden;"));
    assertEquals(button, browser.driver().switchTo().activeElement());
  }

  @Test
  public void listsTheIncidentsPostmortemsAndTheAutomaticRuleWithoutAButtonForOthers() {
    open("/list", view("Checkout down", false));

    assertThat(text(".postmortem-incident-list"), containsString("PM-1"));
    assertThat(text(".postmortem-incident-auto"), containsString("Sev-1"));
    assertEquals(
        0, browser.driver().findElements(By.cssSelector(".postmortem-create-open")).size());
    browser.assertAccessible("incident postmortem panel");
  }

  @Test
  public void showsInjectedTextAsTextAndRunsNoScript() {
    open("/xss", view(PAYLOAD, true));

    assertThat(text(".postmortem-incident"), containsString(PAYLOAD));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-incident img, .postmortem-incident script').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void savesAScreenshotOfTheDialog() throws IOException {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/shot", view("Checkout returns 502 for EU customers", true));
    browser.driver().findElement(By.cssSelector(".postmortem-create-open")).click();
    browser.waitUntil("document.querySelectorAll('.postmortem-create-event').length === 2");

    browser.screenshot(Paths.get("../docs/images/create-postmortem.png"));

    assertTrue(browser.driver().findElement(By.id("postmortem-create-dialog")).isDisplayed());
  }

  private static IncidentPanelView view(String summary, boolean mayCreate) {
    return new IncidentPanelView(
        "OPS-5",
        List.of(new LinkedPostmortem("PM-1", "Postmortem: OPS-1 " + summary)),
        "",
        "A postmortem is created automatically when this incident is resolved with severity"
            + " Sev-1 or worse.",
        mayCreate,
        "OPS",
        "Postmortem: OPS-5 " + summary,
        "ann",
        "Sev-1");
  }

  private void open(String path, IncidentPanelView view) {
    String body =
        PanelTemplates.render(
            PanelTemplates.INCIDENT, view, BundleI18nHelper.forLocale(Locale.ENGLISH));
    browser.page(path, HeadlessBrowser.auiPage("Incident", body, CSS, SCRIPTS));
    browser.page("/browse/PM-7", HeadlessBrowser.auiPage("PM-7", "<p>PM-7</p>", CSS, List.of()));
    browser.open(path);
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  /** Answers like the real resource: the draft, a 201 with the new key, or a 400 naming a field. */
  private void recordAndAnswer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    requests.add(
        exchange.getRequestMethod()
            + " "
            + path
            + " "
            // A GET sends no body, so no Content-Type: "-".
            + java.util.Objects.requireNonNullElse(
                exchange.getRequestHeaders().getFirst("Content-Type"), "-")
            + " "
            + body);
    if (path.endsWith("/postmortem-draft")) {
      HeadlessBrowser.respond(exchange, 200, "application/json", DRAFT);
    } else if (refuseSummary) {
      HeadlessBrowser.respond(
          exchange,
          400,
          "application/json",
          "{\"field\":\"summary\",\"message\":\"A summary is required.\"}");
    } else {
      HeadlessBrowser.respond(
          exchange, 201, "application/json", "{\"key\":\"PM-7\",\"url\":\"/browse/PM-7\"}");
    }
  }
}
