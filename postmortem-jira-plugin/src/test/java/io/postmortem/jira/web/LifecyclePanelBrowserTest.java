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
 * The postmortem's "Next steps" panel in headless Chromium with AUI and its script: the owner
 * answers a proposed date and accepts the risk from the keyboard alone, a refused field shows its
 * message next to it, injected text stays text, and axe-core finds no serious WCAG 2.1 AA problem
 * in any state.
 */
public class LifecyclePanelBrowserTest {

  private static final String PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  private static final List<String> CSS = List.of("/plugin/css/postmortem-panels.css");
  private static final List<String> SCRIPTS = PluginScripts.of("postmortem-lifecycle-resources");

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final List<String> requests = new CopyOnWriteArrayList<>();

  @Test
  public void showsTheReviewDeadlineWithTheBusinessDaysLeft() {
    open("/deadline", view(true, "Fix after the freeze"));

    // AUI lozenges are upper-cased by CSS; the words are what matters.
    String deadline = text(".postmortem-deadline").toLowerCase(Locale.ROOT);

    assertThat(deadline, containsString("2027-01-08"));
    assertThat(deadline, containsString("3 business days left"));
  }

  @Test
  public void theOwnerAcceptsAProposedDateWithTheKeyboardAlone() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/accept", view(true, "Fix after the freeze"));

    browser.tabTo("postmortem-accept");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.waitUntil(
        "document.querySelector('.postmortem-answer .postmortem-status').textContent");

    assertEquals(
        List.of(
            "POST /rest/postmortem/1.0/postmortems/PM-1/proposals/5/accept application/json {}"),
        requests);
  }

  @Test
  public void decliningWithoutAReasonShowsTheRefusalNextToTheReasonField() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/decline", view(true, "Fix after the freeze"));

    browser.driver().findElement(By.cssSelector(".postmortem-decline")).click();
    browser.waitUntil("document.querySelector('.postmortem-field-error')");
    browser.assertAccessible("next steps panel with a refused reason");

    WebElement reason = browser.driver().findElement(By.name("reason"));
    assertEquals("true", reason.getAttribute("aria-invalid"));
    assertThat(reason.getAttribute("aria-describedby"), containsString("-error"));
    assertEquals("A reason is required to decline.", text(".postmortem-field-error"));
    assertEquals(reason, browser.driver().switchTo().activeElement());
  }

  @Test
  public void acceptsTheRiskFromTheKeyboardWithReasonAndExpiry() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/risk", view(true, "Fix after the freeze"));

    browser.tabTo("postmortem-risk-open");
    Actions keyboard = new Actions(browser.driver());
    keyboard.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("!document.querySelector('.postmortem-risk-form').hidden");
    browser.assertAccessible("risk acceptance form");
    keyboard.sendKeys("Rollback is tested weekly").perform();
    browser.js("document.getElementById('postmortem-risk-expires').value = '2027-03-31';");
    browser
        .driver()
        .findElement(By.cssSelector(".postmortem-risk-form button[type=submit]"))
        .sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.querySelector('.postmortem-risk-form .postmortem-status').textContent");

    assertEquals(
        List.of(
            "POST /rest/postmortem/1.0/postmortems/PM-1/risk-acceptance application/json"
                + " {\"reason\":\"Rollback is tested weekly\",\"expiresOn\":\"2027-03-31\"}"),
        requests);
  }

  @Test
  public void showsInjectedTextAsTextAndRunsNoScript() {
    open("/xss", view(true, PAYLOAD));

    assertThat(text(".postmortem-lifecycle"), containsString(PAYLOAD));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-lifecycle img, .postmortem-lifecycle script').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void offersNoAnswersToSomeoneWhoDoesNotOwnThePostmortem() {
    open("/other", view(false, "Fix after the freeze"));

    assertEquals(0, browser.driver().findElements(By.cssSelector(".postmortem-accept")).size());
  }

  @Test
  public void savesAScreenshotOfThePanel() throws IOException {
    open("/shot", view(true, "The fix needs the new load balancer, due in January"));
    browser.driver().findElement(By.cssSelector(".postmortem-risk-open")).click();

    browser.screenshot(Paths.get("../docs/images/postmortem-next-steps.png"));

    assertTrue(browser.driver().findElement(By.id("postmortem-risk-form")).isDisplayed());
  }

  private static LifecyclePanelView view(boolean owner, String comment) {
    return new LifecyclePanelView(
        "PM-1",
        "2027-01-08",
        "3 business days left",
        "success",
        owner,
        List.of(new AnswerRow("5", "OPS-7", "2027-01-20", comment, "Bob Brown")),
        true,
        List.of(new RiskRow("Carol Chen", comment, "2026-12-31", "Expired", "subtle")));
  }

  private void open(String path, LifecyclePanelView view) {
    String body =
        PanelTemplates.render(
            PanelTemplates.LIFECYCLE, view, BundleI18nHelper.forLocale(Locale.ENGLISH));
    browser.page(path, HeadlessBrowser.auiPage("Next steps", body, CSS, SCRIPTS));
    browser.open(path);
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  /** Answers like the real resources: a decline without a reason is a 400 naming the field. */
  private void recordAndAnswer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    requests.add(
        exchange.getRequestMethod()
            + " "
            + path
            + " "
            + exchange.getRequestHeaders().getFirst("Content-Type")
            + " "
            + body);
    if (path.endsWith("/decline") && body.contains("\"reason\":\"\"")) {
      HeadlessBrowser.respond(
          exchange,
          400,
          "application/json",
          "{\"field\":\"reason\",\"message\":\"A reason is required to decline.\"}");
    } else {
      HeadlessBrowser.respond(exchange, 200, "application/json", "{\"answer\":\"ACCEPTED\"}");
    }
  }
}
