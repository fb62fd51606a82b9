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
 * The panels as a browser gets them: rendered by real Velocity with Jira-style escaping, loaded in
 * headless Chromium with AUI and our script. Injected markup must show as text and never run; the
 * ownership handshake must work from the keyboard alone.
 */
public class PanelBrowserTest {

  private static final String PAYLOAD =
      "<img src=x onerror=alert(1)><script>alert(2)</script>\"><svg onload=alert(3)>";
  private static final List<String> CSS = List.of("/plugin/css/postmortem-panels.css");
  private static final List<String> SCRIPTS = PluginScripts.of("postmortem-panels-resources");

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final List<String> requests = new CopyOnWriteArrayList<>();

  @Test
  public void showsInjectedMarkupInThePostmortemPanelAsTextAndRunsNoScript() {
    open("/postmortem", PanelTemplates.POSTMORTEM, PanelFixtures.postmortem(PAYLOAD));

    String text = browser.driver().findElement(By.cssSelector(".postmortem-panel")).getText();
    assertThat(text, containsString(PAYLOAD));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-panel img, .postmortem-panel svg, .postmortem-panel script').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void showsTheOwnerAPendingProposalWithAnInjectedCommentAsText() {
    open("/postmortem-proposal", PanelTemplates.POSTMORTEM, PanelFixtures.postmortem(PAYLOAD));

    WebElement proposal =
        browser.driver().findElement(By.cssSelector(".postmortem-item-proposals li"));
    assertThat(proposal.getText(), containsString("2027-01-10"));
    assertThat(proposal.getText(), containsString(PAYLOAD + "): " + PAYLOAD));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-item-proposals img, .postmortem-item-proposals svg, .postmortem-item-proposals script').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void showsInjectedMarkupInTheRemediationPanelAsTextAndRunsNoScript() {
    open("/remediation", PanelTemplates.REMEDIATION, PanelFixtures.remediation(PAYLOAD, true));

    String text = browser.driver().findElement(By.cssSelector(".postmortem-remediation")).getText();
    assertThat(text, containsString(PAYLOAD));
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('.postmortem-remediation img, .postmortem-remediation svg').length;"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void keepsInjectedAttributeValuesInsideTheirAttributes() {
    open("/postmortem-attrs", PanelTemplates.POSTMORTEM, PanelFixtures.postmortem(PAYLOAD));

    WebElement keep = browser.driver().findElement(By.cssSelector(".postmortem-keep-form"));
    assertEquals(PAYLOAD, keep.getAttribute("data-fingerprint"));
    WebElement source = browser.driver().findElement(By.cssSelector(".postmortem-event a"));
    assertEquals(
        "https://status.example.com/" + PAYLOAD,
        source
            .getAttribute("href")
            .replace("%3C", "<")
            .replace("%3E", ">")
            .replace("%22", "\"")
            .replace("%20", " "));
  }

  @Test
  public void confirmsOwnershipWithTheKeyboardAlone() {
    browser.handle("/rest/postmortem/1.0/", this::recordAndAnswer);
    open(
        "/keyboard",
        PanelTemplates.REMEDIATION,
        PanelFixtures.remediation("Fix the deploy gate", true));

    Actions keyboard = new Actions(browser.driver());
    for (int i = 0; i < 20 && !focusedIs("postmortem-confirm"); i++) {
      keyboard.sendKeys(Keys.TAB).perform();
    }
    assertTrue("Confirm ownership is reachable with Tab", focusedIs("postmortem-confirm"));
    keyboard.sendKeys(Keys.ENTER).perform();
    browser.waitUntil("document.querySelector('.postmortem-status').textContent.length > 0");

    assertEquals(
        List.of(
            "POST /rest/postmortem/1.0/action-items/OPS-7/ownership application/json {\"dueDate\":\"2026-12-15\"}"),
        requests);
  }

  @Test
  public void offersNoHandshakeToSomeoneElse() {
    open("/other", PanelTemplates.REMEDIATION, PanelFixtures.remediation("Fix", false));

    assertEquals(0, browser.driver().findElements(By.cssSelector(".postmortem-confirm")).size());
    assertEquals(
        0, browser.driver().findElements(By.cssSelector(".postmortem-propose-form")).size());
  }

  @Test
  public void savesScreenshotsOfBothPanels() throws IOException {
    open("/shot-postmortem", PanelTemplates.POSTMORTEM, PanelFixtures.postmortemExample());
    browser.screenshot(Paths.get("../docs/images/postmortem-panel.png"));
    open("/shot-remediation", PanelTemplates.REMEDIATION, PanelFixtures.remediationExample());
    browser.screenshot(Paths.get("../docs/images/remediation-panel.png"));

    assertTrue(Paths.get("../docs/images/remediation-panel.png").toFile().length() > 0);
  }

  private void open(String path, String template, Object view) {
    String body = PanelTemplates.render(template, view, BundleI18nHelper.forLocale(Locale.ENGLISH));
    browser.page(path, HeadlessBrowser.auiPage("Panel", body, CSS, SCRIPTS));
    browser.open(path);
  }

  private boolean focusedIs(String cssClass) {
    return Boolean.TRUE.equals(
        browser.js("return document.activeElement.classList.contains(arguments[0]);", cssClass));
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
        exchange, 200, "application/json", "{\"key\":\"OPS-7\",\"confirmed\":true}");
  }
}
