package io.postmortem.jira.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One axe-core run on the page a {@link HeadlessBrowser} shows. axe is injected from npm's {@code
 * axe-core} (served by the test server at {@code /axe/}) when the page does not carry it yet, so
 * pages need no script tag of their own. Only violations of WCAG 2.1 A and AA rules count; serious
 * and critical ones are returned to fail the test, and every run's counts by impact are appended to
 * {@code target/axe-report.txt} (the figures the accessibility note quotes).
 */
final class AxeCheck {

  private static final Path AXE = Paths.get("src/test/browser/node_modules/axe-core/axe.min.js");
  private static final Path REPORT = Paths.get("target/axe-report.txt");

  /** axe needs a few seconds on a page; a build machine shared with other builds needs more. */
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag',"
          + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
          + ".then(function (r) { done(r.violations.map(function (v) {"
          + "  return {id: v.id, impact: v.impact || 'minor', help: v.help,"
          + "    nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })); },"
          + " function (e) { done('axe failed: ' + e); });";

  private final HeadlessBrowser browser;

  AxeCheck(HeadlessBrowser browser) {
    this.browser = browser;
  }

  /** Blocking (serious or critical) violations on the page, one readable line per element. */
  List<String> run(String label) {
    inject();
    WebDriver.Timeouts timeouts = browser.driver().manage().timeouts();
    Duration usual = timeouts.getScriptTimeout();
    timeouts.scriptTimeout(PATIENCE);
    Object result;
    try {
      result = ((JavascriptExecutor) browser.driver()).executeAsyncScript(RUN);
    } finally {
      timeouts.scriptTimeout(usual);
    }
    if (result instanceof String failure) {
      throw new AssertionError(failure);
    }
    List<String> blocking = new ArrayList<>();
    int[] counts = new int[4];
    List<String> ids = new ArrayList<>();
    for (Object entry : (List<?>) result) {
      Map<?, ?> violation = (Map<?, ?>) entry;
      String impact = String.valueOf(violation.get("impact"));
      int nodes = ((List<?>) violation.get("nodes")).size();
      counts[rank(impact)] += nodes;
      ids.add(violation.get("id") + "×" + nodes);
      if (impact.equals("serious") || impact.equals("critical")) {
        for (Object node : (List<?>) violation.get("nodes")) {
          blocking.add(
              "  "
                  + impact
                  + " "
                  + violation.get("id")
                  + " ("
                  + violation.get("help")
                  + "): "
                  + node);
        }
      }
    }
    record(label, counts, ids);
    return blocking;
  }

  /**
   * Loads axe from the test server as a script element: the browser parses the 500 KB file itself
   * (and caches it), which stays fast on a loaded machine where sending it through WebDriver timed
   * out.
   */
  private void inject() {
    if (!Files.isRegularFile(AXE)) {
      throw new IllegalStateException(
          "axe-core is missing: the build runs npm install in src/test/browser");
    }
    browser.js(
        "if (!window.axe && !document.getElementById('axe-core')) {"
            + " var s = document.createElement('script'); s.id = 'axe-core';"
            + " s.src = '/axe/axe.min.js'; document.head.appendChild(s); }");
    new WebDriverWait(browser.driver(), PATIENCE)
        .until(d -> Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';")));
  }

  private static int rank(String impact) {
    return switch (impact) {
      case "critical" -> 0;
      case "serious" -> 1;
      case "moderate" -> 2;
      default -> 3;
    };
  }

  private static boolean isTest(StackWalker.StackFrame frame) {
    return java.util.Arrays.stream(frame.getDeclaringClass().getDeclaredMethods())
        .anyMatch(
            m -> m.getName().equals(frame.getMethodName()) && m.isAnnotationPresent(Test.class));
  }

  private static void record(String label, int[] counts, List<String> ids) {
    String caller =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(frames -> frames.filter(AxeCheck::isTest).findFirst())
            .map(f -> f.getClassName() + "." + f.getMethodName())
            .orElse("?");
    String line =
        String.format(
            "%s\t%s\tcritical=%d\tserious=%d\tmoderate=%d\tminor=%d\t%s%n",
            caller, label, counts[0], counts[1], counts[2], counts[3], String.join(" ", ids));
    try {
      Files.createDirectories(REPORT.toAbsolutePath().getParent());
      Files.writeString(
          REPORT,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
