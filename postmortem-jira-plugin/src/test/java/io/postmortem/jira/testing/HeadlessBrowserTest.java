package io.postmortem.jira.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;

public class HeadlessBrowserTest {

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  @Test
  public void rendersAnAuiPageWithAuiStylesApplied() {
    browser.page(
        "/aui",
        HeadlessBrowser.auiPage(
            "AUI",
            "<button class=\"aui-button aui-button-primary\" id=\"b\">Go</button>",
            List.of(),
            List.of()));

    browser.open("/aui");

    String background =
        (String)
            browser.js("return getComputedStyle(document.getElementById('b')).backgroundColor;");
    assertEquals("Go", browser.driver().findElement(By.id("b")).getText());
    // AUI's primary button is blue; an unstyled button is grey or white.
    assertEquals(true, !background.equals("rgba(0, 0, 0, 0)") && !background.startsWith("rgb(239"));
  }

  @Test
  public void recordsAlertsSoXssTestsCanTellWhetherInjectedScriptRan() {
    browser.page(
        "/xss",
        HeadlessBrowser.auiPage(
            "x", "<img src=x alt=\"\" onerror=\"alert('pwned')\">", List.of(), List.of()));

    browser.open("/xss");
    browser.waitUntil("window.__alerts.length > 0");

    assertEquals(List.of("pwned"), browser.alerts());
  }

  @Test
  public void aPageWithEscapedPayloadRunsNoScript() {
    browser.page(
        "/safe",
        HeadlessBrowser.auiPage(
            "x", "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>", List.of(), List.of()));

    browser.open("/safe");

    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void failsAPageWithASeriousAccessibilityViolation() {
    browser.page(
        "/unlabelled",
        HeadlessBrowser.auiPage(
            "x", "<form><input type=\"text\" name=\"reason\"></form>", List.of(), List.of()));

    AssertionError failure = assertThrows(AssertionError.class, () -> browser.open("/unlabelled"));

    assertTrue(failure.getMessage(), failure.getMessage().contains("label"));
  }
}
