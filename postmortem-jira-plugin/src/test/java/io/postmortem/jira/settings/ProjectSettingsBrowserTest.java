package io.postmortem.jira.settings;

import static io.postmortem.jira.settings.ProjectSettingsFixture.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.testing.HeadlessBrowser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The project settings page in a real Chromium with AUI. Its form posts to a loopback handler that
 * runs the real action on the submitted fields and answers with the page the action renders, so a
 * save goes the whole way from keyboard to store and back. Also the admin-guide image.
 */
public class ProjectSettingsBrowserTest {

  private static final String PAGE = "/secure/PostmortemProjectSettings!default.jspa";
  private static final String SUBMIT = "/secure/PostmortemProjectSettings.jspa";
  private static final String PAYLOAD = "<img src=x onerror=\"alert('xss')\">";

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final ProjectSettingsFixture jira =
      new ProjectSettingsFixture(Locale.ENGLISH).asProjectAdmin();
  private final List<String> posts = new ArrayList<>();

  @Test
  public void showsAnExtraPhraseWithMarkupAsTextAndRunsNoInjectedScript() throws Exception {
    jira.action()
        .submit(
            post(
                "language.phrases.en", PAYLOAD,
                "items.max", "8",
                "due.days.SEV_1.*.SHORT_TERM", "15",
                "riskAcceptanceRole", "Stakeholders"));
    serve();

    browser.open(PAGE);

    String phrases =
        browser.driver().findElement(By.id("pm-language-phrases-en")).getDomProperty("value");
    assertEquals(PAYLOAD, phrases);
    assertEquals(0, browser.driver().findElements(By.cssSelector("form img")).size());
    assertEquals(List.of(), browser.alerts());
    // The whole form in one image for the admin guide, not just the first screen.
    long height = (Long) browser.js("return document.documentElement.scrollHeight;");
    browser.driver().manage().window().setSize(new Dimension(1280, (int) height + 160));
    browser.screenshot(Path.of("../docs/images/project-settings.png"));
  }

  @Test
  public void changesAThresholdAndSavesWithTheKeyboardAlone() throws Exception {
    serve();
    browser.open(PAGE);
    Actions keyboard = new Actions(browser.driver());

    tabTo(keyboard, "pm-items-min");
    keyboard.sendKeys("3").perform();
    tabTo(keyboard, "postmortem-project-settings-save");
    keyboard.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("document.querySelector('.aui-message-success') !== null");

    assertEquals(1, posts.size());
    assertEquals("3", jira.store.checklist(100L).orElseThrow().get("items.min"));
    assertEquals("3", browser.driver().findElement(By.id("pm-items-min")).getDomProperty("value"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void keepsARefusedValueAndPutsTheReasonNextToItsField() throws Exception {
    serve();
    browser.open(PAGE);

    browser.driver().findElement(By.id("pm-review-businessDays")).sendKeys("soon");
    browser.driver().findElement(By.id("postmortem-project-settings-save")).click();
    browser.waitUntil("document.getElementById('postmortem-project-settings-errors') !== null");

    assertTrue(jira.noRowSaved());
    assertEquals(
        "soon",
        browser.driver().findElement(By.id("pm-review-businessDays")).getDomProperty("value"));
    assertEquals(
        "'soon' is not a whole number.",
        browser.driver().findElement(By.id("pm-review-businessDays-error")).getText());
    assertEquals(
        "pm-review-businessDays-error",
        browser
            .driver()
            .findElement(By.id("pm-review-businessDays"))
            .getDomAttribute("aria-describedby"));
  }

  @Test
  public void switchesOnAutomaticPostmortemsWithTheKeyboardAndShowsEveryRefusalAtOnce()
      throws Exception {
    serve();
    browser.open(PAGE);
    Actions keyboard = new Actions(browser.driver());

    tabTo(keyboard, "pm-auto-enabled");
    keyboard.sendKeys(Keys.SPACE).perform();
    tabTo(keyboard, "pm-auto-assigneeRule");
    keyboard.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
    tabTo(keyboard, "pm-auto-facilitator");
    keyboard.sendKeys("nobody").perform();
    tabTo(keyboard, "pm-auto-postmortemProject");
    keyboard.sendKeys("NOPE").perform();
    tabTo(keyboard, "postmortem-project-settings-save");
    keyboard.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("document.getElementById('postmortem-project-settings-errors') !== null");

    assertEquals(AutomaticPostmortems.OFF, jira.automaticStore.settings(100L));
    assertEquals(
        "There is no project NOPE you can see.",
        browser.driver().findElement(By.id("pm-auto-postmortemProject-error")).getText());
    assertTrue(browser.driver().findElement(By.id("pm-auto-enabled")).isSelected());
    browser.assertAccessible("project settings, automatic postmortems refused");

    browser.driver().findElement(By.id("pm-auto-facilitator")).clear();
    browser.driver().findElement(By.id("pm-auto-postmortemProject")).clear();
    browser.driver().findElement(By.id("postmortem-project-settings-save")).click();
    browser.waitUntil("document.querySelector('.aui-message-success') !== null");

    assertEquals(
        new AutomaticPostmortems(true, Severity.SEV_1, AssigneeRule.PROJECT_LEAD, "", ""),
        jira.automaticStore.settings(100L));
  }

  private void tabTo(Actions keyboard, String id) {
    for (int i = 0; i < 80 && !focused(id); i++) {
      keyboard.sendKeys(Keys.TAB).perform();
    }
    assertTrue(id + " is reachable with Tab", focused(id));
  }

  private boolean focused(String id) {
    return Boolean.TRUE.equals(
        browser.js(
            "return document.activeElement && document.activeElement.id === arguments[0];", id));
  }

  private void serve() {
    browser.handle(
        PAGE,
        exchange -> {
          ProjectSettingsAction action = jira.action();
          action.show("OPS");
          respond(exchange, action);
        });
    browser.handle(
        SUBMIT,
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          posts.add(body);
          ProjectSettingsAction action = jira.action();
          action.submit(form(body));
          respond(exchange, action);
        });
  }

  private void respond(HttpExchange exchange, ProjectSettingsAction action) throws IOException {
    String html = jira.render(action, Locale.ENGLISH);
    String body = html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>"));
    HeadlessBrowser.respond(
        exchange,
        200,
        "text/html; charset=utf-8",
        HeadlessBrowser.auiPage("Postmortems", body, List.of(), List.of()));
  }

  private static Map<String, String[]> form(String body) {
    Map<String, String[]> params = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        params.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            new String[] {URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)});
      }
    }
    return params;
  }
}
