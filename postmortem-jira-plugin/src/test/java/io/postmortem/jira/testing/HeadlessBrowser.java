package io.postmortem.jira.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) and a loopback
 * HTTP server for browser tests of our templates and scripts, with AUI (npm {@code @atlassian/aui},
 * installed by the build into {@code src/test/browser/node_modules}) so pages look as they do in
 * Jira.
 *
 * <p>Pages written with {@link #auiPage} record every {@code alert()} call in {@code
 * window.__alerts}, so an XSS test can assert that no injected script ran.
 *
 * <p>Accessibility: every page {@link #open opened} is checked with axe-core (npm {@code axe-core},
 * injected into the page) against WCAG 2.1 A and AA, and the test fails on any serious or critical
 * violation. Dialogs and other states that appear after loading are checked with {@link
 * #assertAccessible}. Every check appends its counts to {@code target/axe-report.txt}.
 */
public final class HeadlessBrowser extends ExternalResource {

  private static final Path BROWSER_ASSETS = Paths.get("src/test/browser/node_modules");
  private static final Path PLUGIN_RESOURCES = Paths.get("src/main/resources");
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
  private HttpServer server;
  private ChromeDriver driver;
  private Path profile;

  @Override
  protected void before() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver"
              + " (.ci/run does this on a fresh machine)");
    }
    if (!Files.isDirectory(BROWSER_ASSETS.resolve("@atlassian/aui"))) {
      throw new IllegalStateException(
          "AUI is missing: the build runs npm install in src/test/browser (mvn generate-test-resources)");
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::dispatch);
    server.start();

    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  @Override
  protected void after() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Absolute URL of a path on the test server, e.g. {@code url("/panel")}. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Serves {@code html} at {@code path}. */
  public void page(String path, String html) {
    handlers.put(path, exchange -> respond(exchange, 200, "text/html; charset=utf-8", html));
  }

  /**
   * Routes every request whose path starts with {@code prefix} to {@code handler}: a stub, or a
   * real JAX-RS application behind an adapter.
   */
  public void handle(String prefix, HttpHandler handler) {
    handlers.put(prefix, handler);
  }

  /**
   * Opens {@code path}, waits until the document has loaded and fails on any serious or critical
   * WCAG 2.1 AA violation axe-core finds in it.
   */
  public void open(String path) {
    driver.get(url(path));
    waitUntil("document.readyState === 'complete'");
    assertAccessible(path);
  }

  /**
   * Runs axe-core on the current page as it is now (an open dialog included) and fails, listing
   * each rule and element, when it finds a serious or critical WCAG 2.1 A/AA violation.
   */
  public void assertAccessible(String label) {
    List<String> blocking = new AxeCheck(this).run(label);
    if (!blocking.isEmpty()) {
      throw new AssertionError(
          "Accessibility (axe-core, WCAG 2.1 AA) on "
              + label
              + ":\n"
              + String.join("\n", blocking));
    }
  }

  /** Waits up to five seconds until the JavaScript expression is true. */
  public void waitUntil(String booleanExpression) {
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> Boolean.TRUE.equals(js("return !!(" + booleanExpression + ");")));
  }

  /**
   * Presses Tab, as a keyboard user would, until the element with the CSS class has the focus;
   * fails the test if 60 presses do not reach it.
   */
  public void tabTo(String cssClass) {
    Actions keyboard = new Actions(driver());
    for (int i = 0; i < 60 && !focusHasClass(cssClass); i++) {
      keyboard.sendKeys(Keys.TAB).perform();
    }
    if (!focusHasClass(cssClass)) {
      throw new AssertionError(cssClass + " is not reachable with Tab");
    }
  }

  /** Whether the focused element carries the CSS class. */
  public boolean focusHasClass(String cssClass) {
    return Boolean.TRUE.equals(
        js("return document.activeElement.classList.contains(arguments[0]);", cssClass));
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Messages passed to {@code alert()} on the current page (an XSS payload's tell-tale). */
  @SuppressWarnings("unchecked")
  public List<String> alerts() {
    Object alerts = js("return window.__alerts || [];");
    return (List<String>) alerts;
  }

  /**
   * Saves a PNG of the current page. Screenshots meant for the documentation ({@code
   * ../docs/images/x.png}) go to {@code target/screenshots/} unless the build runs with {@code
   * -Dscreenshots=docs}, so an ordinary test run never rewrites files under version control.
   */
  public void screenshot(Path target) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Path destination = target;
    if (target.normalize().toString().replace('\\', '/').contains("docs/images/")
        && !"docs".equals(System.getProperty("screenshots"))) {
      destination = Paths.get("target/screenshots").resolve(target.getFileName());
    }
    Files.createDirectories(destination.toAbsolutePath().getParent());
    Files.write(destination, png);
  }

  /**
   * A complete HTML page with jQuery, AUI's CSS and JS, the plugin's own CSS files, and {@code
   * body}. {@code scripts} are paths of the plugin's own JS resources (e.g. {@code
   * /plugin/js/panel.js}) loaded after AUI.
   */
  public static String auiPage(String title, String body, List<String> css, List<String> scripts) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append("</title>")
        .append(
            "<script>window.__alerts=[];window.alert=function(m){window.__alerts.push(String(m));};</script>")
        .append("<link rel=\"stylesheet\" href=\"/aui/aui-prototyping.css\">");
    css.forEach(href -> html.append("<link rel=\"stylesheet\" href=\"").append(href).append("\">"));
    html.append("<script src=\"/jquery/jquery.min.js\"></script>")
        .append("<script src=\"/aui/aui-prototyping.js\"></script>")
        .append("</head><body class=\"aui-page-focused\"><div class=\"aui-page-panel\">")
        .append("<div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">")
        .append(body)
        .append("</section></div></div>");
    scripts.forEach(src -> html.append("<script src=\"").append(src).append("\"></script>"));
    return html.append("</body></html>").toString();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if (handlers.containsKey(path)) {
        handlers.get(path).handle(exchange);
      } else if (path.startsWith("/aui/")) {
        serveFile(exchange, BROWSER_ASSETS.resolve("@atlassian/aui/dist/aui"), path.substring(5));
      } else if (path.startsWith("/axe/")) {
        serveFile(exchange, BROWSER_ASSETS.resolve("axe-core"), path.substring(5));
      } else if (path.startsWith("/jquery/")) {
        serveFile(exchange, BROWSER_ASSETS.resolve("jquery/dist"), path.substring(8));
      } else if (path.startsWith("/plugin/")) {
        serveFile(exchange, PLUGIN_RESOURCES, path.substring(8));
      } else {
        HttpHandler prefixed =
            handlers.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue)
                .orElse(null);
        if (prefixed != null) {
          prefixed.handle(exchange);
        } else {
          respond(exchange, 404, "text/plain", "not found: " + path);
        }
      }
    } finally {
      exchange.close();
    }
  }

  private static void serveFile(HttpExchange exchange, Path root, String relative)
      throws IOException {
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      respond(exchange, 404, "text/plain", "not found");
      return;
    }
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", contentType(file.toString()));
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Writes a complete response; handlers may use it for stubs. */
  public static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String contentType(String name) {
    if (name.endsWith(".css")) {
      return "text/css";
    } else if (name.endsWith(".js")) {
      return "application/javascript";
    } else if (name.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (name.endsWith(".png")) {
      return "image/png";
    } else if (name.endsWith(".woff2")) {
      return "font/woff2";
    } else if (name.endsWith(".woff")) {
      return "font/woff";
    }
    return "application/octet-stream";
  }
}
