package io.postmortem.jira.web;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.postmortem.jira.application.recurrence.EarlierItemView;
import io.postmortem.jira.application.recurrence.RecurrenceView;
import io.postmortem.jira.application.recurrence.SuggestionView;
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
import org.openqa.selenium.interactions.Actions;

/**
 * The "Earlier incidents that rhyme" panel in headless Chromium with AUI and its script: the author
 * marks a suggestion from the keyboard alone, a refusal is shown, injected text stays text, German
 * is complete, and axe-core finds no serious WCAG 2.1 AA problem in any state.
 */
public class RecurrencePanelBrowserTest {

  private static final String PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  private static final String REASON = "It is not assigned to you.";
  private static final List<String> CSS = List.of("/plugin/css/postmortem-panels.css");
  private static final List<String> SCRIPTS = PluginScripts.of("postmortem-recurrence-resources");

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final List<String> requests = new CopyOnWriteArrayList<>();

  @Test
  public void showsEachSuggestionWithWhyItRhymesAndItsRemediationItems() {
    open("/show", view(true, "Database connection pool exhausted during the checkout sale"), "en");

    String first = text(".postmortem-recurrence");

    assertThat(first, containsString("PM-1"));
    assertThat(first, containsString("84% alike"));
    assertThat(first, containsString("database"));
    assertThat(first, containsString("OPS-101"));
    assertThat(first, containsString("Items you cannot see: 1."));
    assertThat(
        text(".postmortem-recurrence-hidden"), containsString("Suggestions you cannot see: 1."));
    browser.assertAccessible("recurrence panel");
  }

  @Test
  public void theAuthorMarksASuggestionRelatedWithTheKeyboardAlone() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open("/mark", view(true, "Database connection pool exhausted"), "en");

    browser.tabTo("postmortem-recurrence-mark");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser.waitUntil(
        "document.querySelector('.postmortem-recurrence .postmortem-status').textContent");

    assertEquals(
        List.of(
            "PUT /rest/postmortem/1.0/postmortems/PM-9/recurrences/PM-1 application/json"
                + " {\"verdict\":\"RELATED\"}"),
        requests);
    assertEquals(
        "true",
        browser
            .driver()
            .findElement(By.cssSelector(".postmortem-recurrence-mark[data-verdict=RELATED]"))
            .getAttribute("aria-pressed"));
    assertEquals("Saved.", text(".postmortem-recurrence .postmortem-status"));
    browser.assertAccessible("recurrence panel after marking");
  }

  @Test
  public void tellsTheAuthorWhichEarlierItemsWereReopenedAndWhichNot() throws IOException {
    browser.handle("/rest/postmortem/1.0/", exchange -> answerWithReopening(exchange, REASON));
    open("/reopen", view(true, "Database connection pool exhausted"), "en");

    List<String> lines = markRelatedAndReadReopenLines();

    assertEquals(
        List.of(
            "Reopened OPS-101.",
            "Could not reopen OPS-12: " + REASON,
            "1 item you cannot see was not reopened."),
        lines);
    browser.assertAccessible("recurrence panel after reopening");
    browser.screenshot(Paths.get("../docs/images/recurrence-reopen.png"));
  }

  @Test
  public void showsJiraReasonsAsTextAndRunsNoScript() {
    browser.handle("/rest/postmortem/1.0/", exchange -> answerWithReopening(exchange, PAYLOAD));
    open("/reopen-xss", view(true, "Database connection pool exhausted"), "en");

    List<String> lines = markRelatedAndReadReopenLines();

    assertEquals("Could not reopen OPS-12: " + PAYLOAD, lines.get(1));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-recurrences img, .postmortem-recurrences script').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  private List<String> markRelatedAndReadReopenLines() {
    browser
        .driver()
        .findElement(By.cssSelector(".postmortem-recurrence-mark[data-verdict=RELATED]"))
        .click();
    browser.waitUntil("document.querySelector('.postmortem-recurrence-reopen')");
    return browser.driver().findElements(By.cssSelector(".postmortem-recurrence-reopen")).stream()
        .map(line -> line.getText())
        .toList();
  }

  @Test
  public void showsTheServersRefusalNextToTheButtons() {
    browser.handle("/rest/postmortem/1.0/", this::refuse);
    open("/refused", view(true, "Database connection pool exhausted"), "en");

    browser
        .driver()
        .findElement(By.cssSelector(".postmortem-recurrence-mark[data-verdict=UNRELATED]"))
        .click();
    browser.waitUntil("document.querySelector('.postmortem-recurrence .postmortem-error')");

    assertEquals(
        "PM-1 was not suggested as an earlier occurrence of this postmortem.",
        text(".postmortem-recurrence .postmortem-status"));
    browser.assertAccessible("recurrence panel with a refusal");
  }

  @Test
  public void showsInjectedTextAsTextAndRunsNoScript() {
    open("/xss", view(true, PAYLOAD), "en");

    assertThat(text(".postmortem-recurrences"), containsString(PAYLOAD));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-recurrences img, .postmortem-recurrences script').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void offersNoButtonsToSomeoneWhoMayOnlyRead() {
    open("/reader", view(false, "Database connection pool exhausted"), "en");

    assertEquals(
        0, browser.driver().findElements(By.cssSelector(".postmortem-recurrence-mark")).size());
  }

  @Test
  public void speaksGerman() {
    open("/de", view(true, "Datenbank-Verbindungspool erschöpft"), "de");

    assertThat(text(".postmortem-recurrences"), containsString("Ähnliche frühere Incidents"));
    assertThat(text(".postmortem-recurrences"), containsString("84 % ähnlich"));
    assertThat(text(".postmortem-recurrence-mark"), containsString("Zusammenhängend"));
  }

  @Test
  public void savesAScreenshotOfThePanel() throws IOException {
    open("/shot", view(true, "Database connection pool exhausted during the checkout sale"), "en");

    browser.screenshot(Paths.get("../docs/images/recurrence.png"));

    assertTrue(
        browser.driver().findElement(By.cssSelector(".postmortem-recurrences")).isDisplayed());
  }

  private static RecurrencePanelView view(boolean canEdit, String summary) {
    RecurrenceView recurrences =
        new RecurrenceView(
            "PM-9",
            List.of(
                new SuggestionView(
                    "PM-1",
                    summary,
                    84,
                    List.of("database", "checkout"),
                    List.of("pool", "connection", "exhausted"),
                    "UNMARKED",
                    List.of(
                        new EarlierItemView("OPS-101", "Alert on pool saturation", "Done", true),
                        new EarlierItemView(
                            "OPS-102", "Cap connections per worker", "In Progress", false)),
                    1),
                new SuggestionView(
                    "INC-41",
                    "Checkout requests hang after a slow query",
                    37,
                    List.of(),
                    List.of("checkout", "hang"),
                    "UNRELATED",
                    List.of(),
                    0)),
            1,
            42,
            false);
    return new RecurrencePanelView(
        "PM-9",
        canEdit,
        recurrences,
        "Suggestions you cannot see: 1.",
        "42 earlier issues compared.");
  }

  private void open(String path, RecurrencePanelView view, String language) {
    String body =
        PanelTemplates.render(
            PanelTemplates.RECURRENCE,
            view,
            BundleI18nHelper.forLocale(Locale.forLanguageTag(language)));
    browser.page(path, HeadlessBrowser.auiPage("Earlier incidents", body, CSS, SCRIPTS));
    browser.open(path);
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  private void recordAndAnswer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(
        exchange.getRequestMethod()
            + " "
            + exchange.getRequestURI().getPath()
            + " "
            + exchange.getRequestHeaders().getFirst("Content-Type")
            + " "
            + body);
    HeadlessBrowser.respond(
        exchange,
        200,
        "application/json",
        "{\"candidate\":\"PM-1\",\"verdict\":\"RELATED\",\"linked\":true}");
  }

  private void answerWithReopening(HttpExchange exchange, String reason) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String payload = reason.replace("\"", "\\\"");
    HeadlessBrowser.respond(
        exchange,
        200,
        "application/json",
        "{\"candidate\":\"PM-1\",\"verdict\":\"RELATED\",\"linked\":true,"
            + "\"messages\":[\"Reopened OPS-101.\",\"Could not reopen OPS-12: "
            + payload
            + "\",\"1 item you cannot see was not reopened.\"]}");
  }

  private void refuse(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    HeadlessBrowser.respond(
        exchange,
        400,
        "application/json",
        "{\"field\":\"candidate\",\"message\":\"PM-1 was not suggested as an earlier occurrence of"
            + " this postmortem.\"}");
  }
}
