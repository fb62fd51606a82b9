package io.postmortem.jira.dashboard;

import static io.postmortem.jira.testing.FakeJira.item;
import static io.postmortem.jira.testing.FakeJira.user;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.reminder.InMemoryLedger;
import io.postmortem.jira.reminder.ReminderPreferencesResource;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.storage.RecurrenceStore.RelatedMark;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.HeadlessBrowser;
import io.postmortem.jira.testing.TestScope;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard item in headless Chromium: the real Velocity view, the real AMD module and styles,
 * the real remediation-items resource in-process (Jersey 3.1) with Jira's services mocked, and a
 * minimal stand-in for Jira's AMD loader and dashboard API.
 */
public class OpenRemediationItemsBrowserTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final I18nHelper ENGLISH = BundleI18nHelper.forLocale(Locale.ENGLISH);

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private FakeJira jira;
  private InMemoryPostmortemRecords records;
  private JerseyRoute rest;
  private Issue pm1;
  private Issue pm2;
  private final ApplicationUser alice = user("alice", "Alice Adams");
  private final ApplicationUser bob = user("bob", "Bob Brown");
  private final List<RelatedMark> verdicts = new ArrayList<>();

  @Before
  public void dashboardWithTheRealResource() throws Exception {
    jira = new FakeJira();
    records = new InMemoryPostmortemRecords();
    FakeJira stubs = new FakeJira();
    stubs.logIn("carol");
    when(stubs.authenticationContext.getI18nHelper()).thenReturn(ENGLISH);
    stubs.issue("PM-1", 500);
    stubs.grant("carol", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    Issue incident = item(900, "INC-7", "Checkout outage", null, null, TODAY, null);
    Issue minor = item(901, "INC-9", "Slow search", null, null, TODAY, null);
    TestScope scope = new TestScope(Map.of(900L, Severity.SEV_1, 901L, Severity.SEV_3));
    pm1 = jira.postmortem(500, "PM-1", "pat", incident);
    pm2 = jira.postmortem(501, "PM-2", "pat", minor);
    RemediationItemsService service =
        jira.service(records, scope, TODAY, (since, cap) -> List.copyOf(verdicts));
    IssueAccess access =
        new IssueAccess(stubs.issueManager, stubs.permissions, stubs.authenticationContext);
    rest =
        new JerseyRoute(
            RestTestRuntime.application(
                stubs,
                new RemediationItemsResource(access, service),
                new ReminderPreferencesResource(access, new InMemoryLedger())),
            "/rest/postmortem/1.0/");
    browser.handle("/rest/postmortem/1.0/", rest);
    browser.handle("/shim.js", exchange -> script(exchange, SHIM));
    browser.handle("/boot.js", exchange -> script(exchange, BOOT));
  }

  @Test
  public void showsCountsPerStateAndTheMostUrgentItemsFirstEachLinkedToItsIssue() throws Exception {
    withTypicalItems();

    open("view", "{}");

    assertEquals(
        List.of("OPS-12", "OPS-7", "PAY-3", "OPS-9", "OPS-4"), texts("a.pm-remediation-key"));
    assertEquals(
        "/browse/OPS-12", attribute("a.pm-remediation-key", "href").replace(browser.url(""), ""));
    assertEquals("2", countOf("overdue"));
    assertEquals("1", countOf("on-track"));
    assertEquals("5 open items", text(".pm-remediation-status"));
    assertEquals("9 days overdue", texts(".pm-remediation-due").get(0));
    assertEquals("SEV 1", texts(".pm-remediation-severity").get(0));
    assertEquals(List.of(), browser.alerts());
    browser.screenshot(Paths.get("../docs/images/dashboard-item.png"));
  }

  @Test
  public void theRecurredCountShowsTheDoneItemsALaterIncidentRecurredNamingIt() throws Exception {
    verdicts.add(
        new RelatedMark(
            900L, "INC-7", new Recurrence(600L, Instant.parse("2026-11-20T10:00:00Z"))));
    jira.issue("INC-7", 900);
    when(jira.issue("PM-20", 600).getSummary()).thenReturn("Checkout down again");
    Issue budget =
        item(
            31,
            "OPS-31",
            "Add a retry budget",
            alice,
            TODAY.minusDays(40),
            TODAY.minusDays(60),
            pm1);
    Issue breaker =
        item(32, "OPS-32", "Circuit breaker on payments", bob, null, TODAY.minusDays(50), pm1);
    jira.open(
        item(4, "OPS-4", "Load-test checkout", bob, TODAY.plusDays(30), TODAY.minusDays(4), pm2));
    jira.answering("linkedIssues(\"INC-7\")", List.of(pm1))
        .answering("resolution is not EMPTY", List.of(budget, breaker))
        .withCounts(jql -> jql.contains("resolution is not EMPTY") ? 2L : 0L);
    open("view", "{}");
    String recurredCount = countOf("recurred");

    browser
        .driver()
        .findElement(By.cssSelector("button.pm-remediation-count[data-state=\"recurred\"]"))
        .sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.querySelector('button.pm-remediation-count[data-state=\"recurred\"]').getAttribute('aria-pressed') === 'true'"
            + " && document.querySelector('.pm-remediation[aria-busy=\"false\"]')");

    String recurrence =
        "Recurred: PM-20 Checkout down again marked the same failure again after this item was done.";
    assertEquals("2", recurredCount);
    assertEquals(List.of("OPS-31", "OPS-32"), texts("a.pm-remediation-key"));
    assertEquals("2 recurred items", text(".pm-remediation-status"));
    assertEquals(List.of(recurrence, recurrence), texts(".pm-remediation-recurrence"));
    assertEquals(
        recurrence, attribute(".pm-remediation-lozenge[data-state=\"recurred\"]", "title"));
    assertEquals(
        "Recurred",
        browser.js(
            "return document.querySelector('.pm-remediation-lozenge[data-state=\"recurred\"]')"
                + ".textContent;"));
    assertEquals(List.of("Done", "Done"), texts(".pm-remediation-due"));
    assertEquals(List.of(), texts(".pm-remediation-age"));
    assertTrue(jira.parsedJql.stream().anyMatch(jql -> jql.contains("ORDER BY resolved DESC")));
    browser.assertAccessible("dashboard item, recurred items");
    browser.screenshot(Paths.get("../docs/images/dashboard-recurred.png"));
  }

  @Test
  public void groupsByTeamWhenConfigured() throws Exception {
    withTypicalItems();

    open("view", "{\"groupBy\": \"team\"}");

    assertEquals(List.of("Payments", "Checkout", "No team"), texts("h4.pm-remediation-group"));
  }

  @Test
  public void showsTheEmptyStateWhenNothingIsOpen() throws Exception {
    open("view", "{}");

    browser.waitUntil("document.querySelector('.pm-remediation[data-state=\"empty\"]')");
    assertEquals(ENGLISH.getText("postmortem.dashboard.empty"), text(".pm-remediation-status"));
    assertEquals(List.of(), texts("a.pm-remediation-key"));
  }

  @Test
  public void showsTheServersMessageWhenTheSearchFails() throws Exception {
    jira.rejectingQueries();

    open("view", "{\"projects\": \"NOPE\"}");

    browser.waitUntil("document.querySelector('.pm-remediation[data-state=\"error\"]')");
    assertEquals(
        "The items could not be loaded: " + ENGLISH.getText("postmortem.remediation.error.search"),
        text(".pm-remediation-status"));
  }

  @Test
  public void linksToTheRemediationReport() throws Exception {
    withTypicalItems();
    open("view", "{}");

    WebElement report =
        browser.driver().findElement(By.cssSelector("a.pm-remediation-report-link"));
    assertEquals(ENGLISH.getText("postmortem.dashboard.report"), report.getText());
    assertTrue(
        report.getAttribute("href"),
        report.getAttribute("href").endsWith("/secure/PostmortemRemediationReport.jspa"));
  }

  @Test
  public void showsTheLoadingStateUntilTheServerAnswers() throws Exception {
    withTypicalItems();
    rest.close();

    browser.page("/dashboard", page("view", "{}"));
    browser.driver().get(browser.url("/dashboard"));
    browser.waitUntil("document.querySelector('.pm-remediation[data-state=\"loading\"]')");
    String loading = text(".pm-remediation-status");
    String busy = attribute(".pm-remediation", "aria-busy");
    rest.open();

    browser.waitUntil("document.querySelector('.pm-remediation[data-state=\"ready\"]')");
    assertEquals("Loading open remediation items...", loading);
    assertEquals("true", busy);
    assertEquals("false", attribute(".pm-remediation", "aria-busy"));
  }

  @Test
  public void refreshShowsItemsAddedSinceTheLastLoad() throws Exception {
    withTypicalItems();
    open("view", "{}");
    jira.open(
        item(20, "OPS-20", "Add canary", alice, TODAY.minusDays(30), TODAY.minusDays(40), pm1));

    browser.driver().findElement(By.cssSelector(".pm-remediation-refresh")).click();
    browser.waitUntil("document.querySelectorAll('a.pm-remediation-key').length === 6");

    assertEquals("OPS-20", texts("a.pm-remediation-key").get(0));
  }

  @Test
  public void dashboardRefreshCallbackReloadsToo() throws Exception {
    withTypicalItems();
    open("view", "{}");
    jira.open(
        item(20, "OPS-20", "Add canary", alice, TODAY.minusDays(30), TODAY.minusDays(40), pm1));

    browser.js("window.__api.refresh();");
    browser.waitUntil("document.querySelectorAll('a.pm-remediation-key').length === 6");

    assertEquals("OPS-20", texts("a.pm-remediation-key").get(0));
  }

  @Test
  public void arrowKeysMoveBetweenItemsAndEnterOnACountShowsOnlyThatState() throws Exception {
    withTypicalItems();
    open("view", "{}");
    List<WebElement> links = browser.driver().findElements(By.cssSelector("a.pm-remediation-key"));

    links.get(0).sendKeys(Keys.ARROW_DOWN);
    String afterDown = (String) browser.js("return document.activeElement.textContent;");
    browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    String afterUp = (String) browser.js("return document.activeElement.textContent;");
    WebElement overdue =
        browser
            .driver()
            .findElement(By.cssSelector("button.pm-remediation-count[data-state=\"overdue\"]"));
    overdue.sendKeys(Keys.ENTER);
    browser.waitUntil(
        "document.querySelector('button.pm-remediation-count[data-state=\"overdue\"]').getAttribute('aria-pressed') === 'true'");

    assertEquals("OPS-7", afterDown);
    assertEquals("OPS-12", afterUp);
    assertTrue(
        jira.parsedJql
            .get(jira.parsedJql.size() - 7)
            .contains("AND (duedate < startOfDay()) ORDER BY"));
  }

  @Test
  public void escapesEverythingTheServerSends() throws Exception {
    jira.open(
        item(
            30,
            "OPS-30",
            "<img src=x onerror=\"alert('pwned')\">",
            alice,
            TODAY.minusDays(1),
            TODAY.minusDays(2),
            pm1,
            "<b>Team</b>"));

    open("view", "{\"groupBy\": \"team\"}");

    assertEquals("<img src=x onerror=\"alert('pwned')\">", text(".pm-remediation-summary"));
    assertEquals("<b>Team</b>", text("h4.pm-remediation-group"));
    assertEquals(List.of(), browser.alerts());
  }

  @Test
  public void editModeRejectsAPageSizeAboveOneHundredAndSavesValidSettings() throws Exception {
    open(
        "edit", "{\"groupBy\": \"owner\", \"states\": \"overdue,due-soon\", \"pageSize\": \"20\"}");
    browser.waitUntil("document.getElementById('pm-reminders').checked");
    WebElement size = browser.driver().findElement(By.id("pm-size"));
    size.clear();
    size.sendKeys("500");
    browser.driver().findElement(By.cssSelector(".pm-remediation-save")).click();
    String error = text("#pm-size-error");
    String invalid = size.getAttribute("aria-invalid");
    browser.assertAccessible("dashboard item settings with an inline error");
    browser.screenshot(Paths.get("../docs/images/dashboard-item-edit.png"));

    size.clear();
    size.sendKeys("50");
    browser.driver().findElement(By.id("pm-projects")).sendKeys("ops, pay");
    browser.driver().findElement(By.cssSelector("label[for=\"pm-reminders\"]")).click();
    browser.driver().findElement(By.cssSelector("label[for=\"pm-refresh\"]")).click();
    browser.driver().findElement(By.cssSelector(".pm-remediation-save")).click();
    browser.waitUntil("window.__api.saved.length === 1");

    assertEquals(ENGLISH.getText("postmortem.dashboard.edit.size.error"), error);
    assertEquals("true", invalid);
    assertEquals(
        "{\"projects\":\"OPS,PAY\",\"filterId\":\"\",\"groupBy\":\"owner\",\"states\":\"overdue,due-soon\",\"pageSize\":\"50\",\"refresh\":\"15\"}",
        browser.js("return JSON.stringify(window.__api.saved[0]);"));
    browser.waitUntil("window.__reminderPuts === 1");
  }

  @Test
  public void asksJiraToRefreshEveryFifteenMinutesOnlyWhenConfigured() throws Exception {
    open("view", "{}");
    String byDefault = (String) browser.js("return window.__api.refreshPreferences.refresh;");

    open("view", "{\"refresh\": \"15\"}");

    assertEquals("false", byDefault);
    assertEquals("15", browser.js("return window.__api.refreshPreferences.refresh;"));
    assertEquals(0L, browser.js("return window.__api.loadingBars;"));
  }

  @Test
  public void readsPreferencesTheHtmlEncodedWayJiraReturnsThem() throws Exception {
    open("edit", "{\"projects\": \"OPS&#44; PAY\", \"refresh\": \"15\"}");

    assertEquals(
        "OPS, PAY", browser.driver().findElement(By.id("pm-projects")).getAttribute("value"));
    assertTrue(browser.driver().findElement(By.id("pm-refresh")).isSelected());
  }

  @Test
  public void cancelClosesTheEditModeWithoutSaving() throws Exception {
    open("edit", "{}");

    browser.driver().findElement(By.cssSelector(".pm-remediation-cancel")).click();

    assertEquals(1L, browser.js("return window.__api.closed;"));
    assertEquals(0L, browser.js("return window.__api.saved.length;"));
  }

  private void withTypicalItems() {
    Issue overdueLong =
        item(
            12,
            "OPS-12",
            "Fix retry storm",
            alice,
            TODAY.minusDays(9),
            TODAY.minusDays(30),
            pm1,
            "Payments");
    Issue overdueShort =
        item(
            7,
            "OPS-7",
            "Rate-limit the importer",
            bob,
            TODAY.minusDays(2),
            TODAY.minusDays(20),
            pm2,
            "Checkout");
    Issue unowned =
        item(
            3,
            "PAY-3",
            "Write the failover runbook",
            null,
            TODAY.plusDays(20),
            TODAY.minusDays(3),
            pm1,
            "Payments");
    Issue soon =
        item(
            9,
            "OPS-9",
            "Add queue-depth alert",
            alice,
            TODAY.plusDays(3),
            TODAY.minusDays(5),
            pm1,
            "Checkout");
    Issue onTrack =
        item(4, "OPS-4", "Load-test checkout", bob, TODAY.plusDays(30), TODAY.minusDays(4), pm2);
    jira.open(List.of(overdueShort, onTrack, overdueLong, soon, unowned));
    for (Issue issue : List.of(overdueShort, onTrack, overdueLong, soon, unowned)) {
      jira.scheduled(issue);
    }
    confirm(12, "alice", TODAY.minusDays(9));
    confirm(7, "bob", TODAY.minusDays(2));
    confirm(9, "alice", TODAY.plusDays(3));
    confirm(4, "bob", TODAY.plusDays(30));
    jira.withCounts(
        jql -> {
          if (jql.endsWith("duedate < startOfDay()")) {
            return 2L;
          }
          if (jql.contains("AND NOT (")) {
            return 1L;
          }
          if (jql.contains("confirmedRemediationItems")) {
            return 1L;
          }
          if (jql.contains("endOfDay")) {
            return 1L;
          }
          return 0L;
        });
  }

  private void confirm(long id, String owner, LocalDate due) {
    records.confirm(
        id, new OwnershipConfirmation(owner, Instant.parse("2026-11-20T10:00:00Z"), due));
  }

  private void open(String mode, String preferences) throws Exception {
    browser.page("/dashboard", page(mode, preferences));
    browser.open("/dashboard");
    if (mode.equals("view")) {
      browser.waitUntil("document.querySelector('.pm-remediation[aria-busy=\"false\"]')");
    } else {
      browser.waitUntil("document.querySelector('.pm-remediation-edit')");
    }
    browser.assertAccessible("dashboard item, " + mode + " mode");
  }

  private String page(String mode, String preferences) throws Exception {
    JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    when(authentication.getI18nHelper()).thenReturn(ENGLISH);
    Map<String, Object> context =
        new OpenRemediationItemsContext(authentication).getContextMap(Map.of());
    String view =
        new VelocityTemplates()
            .render("templates/dashboard/open-remediation-items.vm", context, ENGLISH);
    String body =
        "<div class=\"dashboard-item-content\" id=\"item\" style=\"width:640px\">"
            + view
            + "</div><script>window.__mode='"
            + mode
            + "';window.__prefs="
            + preferences
            + ";</script>";
    return HeadlessBrowser.auiPage(
        "Dashboard",
        body,
        List.of("/plugin/css/dashboard/open-remediation-items.css"),
        List.of("/shim.js", "/plugin/js/dashboard/open-remediation-items.js", "/boot.js"));
  }

  private List<String> texts(String css) {
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  private String attribute(String css, String name) {
    return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
  }

  private String countOf(String state) {
    return text(
        "button.pm-remediation-count[data-state=\"" + state + "\"] .pm-remediation-count-value");
  }

  private static void script(com.sun.net.httpserver.HttpExchange exchange, String js)
      throws java.io.IOException {
    byte[] body = js.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/javascript; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  /**
   * Jira's AMD loader and dashboard item API, as far as the module uses them: only the method names
   * and calling conventions verified in public dashboard items (atlassian-stand-ins/SOURCES.md,
   * "JavaScript APIs"), so a call to anything else fails the test with a TypeError.
   */
  private static final String SHIM =
      "window.__modules = {};"
          + "window.define = function (name, deps, factory) {"
          + "  window.__modules[name] = factory.apply(null, deps.map(function (d) {"
          + "    return d === 'jquery' ? window.jQuery : window.__modules[d]; }));"
          + "};"
          + "window.__reminderPuts = 0;"
          + "jQuery(document).ajaxSend(function (e, xhr, options) {"
          + "  if (options.type === 'PUT') { window.__reminderPuts++; } });"
          + "window.__api = { saved: [], refresh: null, refreshPreferences: null, loadingBars: 0,"
          + "  closed: 0,"
          + "  savePreferences: function (p) { this.saved.push(p); },"
          + "  showLoadingBar: function () { this.loadingBars++; },"
          + "  hideLoadingBar: function () { this.loadingBars--; }, resize: function () {},"
          + "  initRefresh: function (p, fn) { this.refreshPreferences = p; this.refresh = fn; },"
          + "  closeEdit: function () { this.closed++; } };";

  private static final String BOOT =
      "(function () {"
          + "  var Item = window.__modules['postmortem/dashboard/open-remediation-items'];"
          + "  var item = new Item(window.__api);"
          + "  var context = jQuery('#item');"
          + "  if (window.__mode === 'edit') { item.renderEdit(context, window.__prefs); }"
          + "  else { item.render(context, window.__prefs); }"
          + "})();";
}
