package io.postmortem.jira.web;

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
import org.openqa.selenium.support.ui.Select;

/**
 * "Add action item" in headless Chromium with AUI and its script, against a stub of the REST
 * resource: opened and filled from the keyboard, the due date follows the latest date the limit
 * allows for the chosen priority and horizon, the item goes out as JSON, refused fields are marked
 * next to themselves, German works, and axe-core finds nothing serious in the open dialog.
 */
public class ActionItemDialogBrowserTest {

  private static final List<String> CSS = List.of("/plugin/css/postmortem-panels.css");
  private static final List<String> SCRIPTS = PluginScripts.of("postmortem-action-item-resources");
  private static final String FORM =
      "{\"projects\":[{\"key\":\"OPS\",\"name\":\"Operations\",\"subTask\":true,\"label\":\"Operations (OPS) – sub-task\"},"
          + "{\"key\":\"PLAT\",\"name\":\"Platform\",\"subTask\":false,\"label\":\"Platform (PLAT) – linked issue\"}],"
          + "\"priorities\":[{\"value\":\"2\",\"label\":\"High\"},{\"value\":\"3\",\"label\":\"Medium\"}],"
          + "\"horizons\":[{\"value\":\"SHORT_TERM\",\"label\":\"Short term\"},"
          + "{\"value\":\"LONG_TERM\",\"label\":\"Long term\"}],"
          + "\"latestDueDates\":[{\"priority\":\"2\",\"horizon\":\"SHORT_TERM\",\"dueDate\":\"2026-12-25\"},"
          + "{\"priority\":\"2\",\"horizon\":\"LONG_TERM\",\"dueDate\":\"2027-02-23\"},"
          + "{\"priority\":\"3\",\"horizon\":\"SHORT_TERM\",\"dueDate\":\"2026-12-25\"},"
          + "{\"priority\":\"3\",\"horizon\":\"LONG_TERM\",\"dueDate\":\"2027-02-23\"}]}";

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final List<String> posts = new CopyOnWriteArrayList<>();

  @Test
  public void addsAnItemFromTheKeyboardWithTheLatestAllowedDueDate() {
    browser.handle("/rest/postmortem/1.0/", this::answer);
    open("/add", Locale.ENGLISH);

    openDialogWithTheKeyboard();
    browser.assertAccessible("add action item dialog");
    Actions keyboard = new Actions(browser.driver());
    keyboard.sendKeys("Alert on queue depth").perform();
    assertEquals("2026-12-25", value("dueDate"));
    new Select(field("horizon")).selectByValue("LONG_TERM");
    assertEquals("2027-02-23", value("dueDate"));
    assertEquals("2027-02-23", text(".postmortem-item-latest"));
    field("assignee").sendKeys("bob");
    field("successMeasure").sendKeys("Queue alert fires in the drill");
    browser.driver().findElement(By.cssSelector(".postmortem-item-create")).sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.querySelector('.postmortem-item-form .postmortem-status').textContent");

    assertEquals(
        List.of(
            "application/json {\"summary\":\"Alert on queue depth\",\"project\":\"OPS\","
                + "\"assignee\":\"bob\",\"priority\":\"2\",\"horizon\":\"LONG_TERM\","
                + "\"dueDate\":\"2027-02-23\",\"successMeasure\":\"Queue alert fires in the drill\"}"),
        posts);
  }

  @Test
  public void marksEveryRefusedFieldNextToItself() {
    browser.handle("/rest/postmortem/1.0/", this::answer);
    open("/refused", Locale.ENGLISH);

    openDialogWithTheKeyboard();
    browser.driver().findElement(By.cssSelector(".postmortem-item-create")).click();
    browser.waitUntil("document.querySelectorAll('.postmortem-field-error').length === 2");
    browser.assertAccessible("add action item dialog with refused fields");

    assertEquals("true", field("summary").getAttribute("aria-invalid"));
    assertEquals("true", field("successMeasure").getAttribute("aria-invalid"));
    assertEquals(field("summary"), browser.driver().switchTo().activeElement());
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void speaksGerman() {
    browser.handle("/rest/postmortem/1.0/", this::answer);
    open("/de", Locale.GERMAN);

    openDialogWithTheKeyboard();
    browser.assertAccessible("add action item dialog, German");

    assertTrue(text("#postmortem-item-dialog-title").startsWith("Eine Ma\u00dfnahme"));
    assertTrue(text("#postmortem-item-due-hint").startsWith("Sp\u00e4testes Datum"));
  }

  @Test
  public void savesAScreenshotOfTheDialog() throws IOException {
    browser.handle("/rest/postmortem/1.0/", this::answer);
    open("/shot", Locale.ENGLISH);
    openDialogWithTheKeyboard();
    field("summary").sendKeys("Alert on queue depth before the broker runs out of disk");
    field("assignee").sendKeys("bob");
    field("successMeasure").sendKeys("The alert fires within 2 minutes in the monthly drill");

    browser.screenshot(Paths.get("../docs/images/postmortem-add-action-item.png"));

    assertTrue(field("summary").isDisplayed());
  }

  private void openDialogWithTheKeyboard() {
    Actions keyboard = new Actions(browser.driver());
    for (int i = 0; i < 60 && !focused("postmortem-item-add"); i++) {
      keyboard.sendKeys(Keys.TAB).perform();
    }
    assertTrue("Add action item is reachable with Tab", focused("postmortem-item-add"));
    keyboard.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("document.querySelectorAll('#postmortem-item-project option').length === 2");
    browser.waitUntil("document.activeElement && document.activeElement.name === 'summary'");
  }

  private boolean focused(String cssClass) {
    return Boolean.TRUE.equals(
        browser.js("return document.activeElement.classList.contains(arguments[0]);", cssClass));
  }

  private void open(String path, Locale locale) {
    String body =
        PanelTemplates.render(
            PanelTemplates.POSTMORTEM,
            PanelFixtures.postmortemExample(),
            BundleI18nHelper.forLocale(locale));
    browser.page(path, HeadlessBrowser.auiPage("Postmortem", body, CSS, SCRIPTS));
    browser.open(path);
  }

  private WebElement field(String name) {
    return browser
        .driver()
        .findElement(By.cssSelector(".postmortem-item-form [name=" + name + "]"));
  }

  private String value(String name) {
    return field(name).getAttribute("value");
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  /** Like the real resource: the form, a 201, or a 400 naming every empty required field. */
  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.endsWith("/action-items/form")) {
      HeadlessBrowser.respond(exchange, 200, "application/json", FORM);
      return;
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (body.contains("\"summary\":\"\"")) {
      HeadlessBrowser.respond(
          exchange,
          400,
          "application/json",
          "{\"field\":\"summary\",\"message\":\"The field \\\"summary\\\" is required.\","
              + "\"errors\":[{\"field\":\"summary\",\"message\":\"The field \\\"summary\\\" is required.\"},"
              + "{\"field\":\"successMeasure\",\"message\":\"The field \\\"successMeasure\\\" is required.\"}]}");
      return;
    }
    posts.add(exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
    HeadlessBrowser.respond(exchange, 201, "application/json", "{\"key\":\"OPS-7\"}");
  }
}
