package io.postmortem.jira.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.report.ItemRecord;
import io.postmortem.core.report.PostmortemRecord;
import io.postmortem.core.report.ReportBuilder;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.dashboard.JerseyRoute;
import io.postmortem.jira.rest.RestTestRuntime;
import io.postmortem.jira.templates.VelocityTemplates;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.HeadlessBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The remediation report page in headless Chromium: the real template, script and styles, and the
 * real REST resource in-process with the report service mocked.
 */
public class RemediationReportBrowserTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final I18nHelper ENGLISH = BundleI18nHelper.forLocale(Locale.ENGLISH);
  private static final String PAGE = "/secure/PostmortemRemediationReport.jspa";
  private static final String RESOURCES =
      "/download/resources/io.postmortem.postmortem-jira-plugin:postmortem-report-resources/";

  @Rule public final HeadlessBrowser browser = new HeadlessBrowser();

  private final RemediationReportService service = mock(RemediationReportService.class);

  @Before
  public void pageWithTheRealResource() {
    FakeJira stubs = new FakeJira();
    stubs.logIn("carol");
    when(stubs.authenticationContext.getI18nHelper()).thenReturn(ENGLISH);
    IssueAccess access =
        new IssueAccess(stubs.issueManager, stubs.permissions, stubs.authenticationContext);
    browser.handle(
        "/rest/postmortem/1.0/",
        new JerseyRoute(
            RestTestRuntime.application(stubs, new RemediationReportResource(access, service)),
            "/rest/postmortem/1.0/"));
    browser.handle(
        RESOURCES,
        exchange -> {
          String name = exchange.getRequestURI().getPath().substring(RESOURCES.length());
          String folder = name.endsWith(".js") ? "js/report/" : "css/report/";
          HeadlessBrowser.respond(
              exchange,
              200,
              name.endsWith(".js") ? "text/javascript" : "text/css",
              Files.readString(Path.of("src/main/resources/" + folder + name)));
        });
  }

  @Test
  public void drawsEveryFigureAsAChartWithTheSameNumbersInATable() throws Exception {
    when(service.report(any(), any())).thenReturn(typicalReport());

    open(new String[] {"OPS"}, "3");

    browser.waitUntil("document.querySelector('.pm-report[data-state=\"ready\"]') !== null");
    assertEquals(List.of("2026-10", "0", "0", "0", "–"), cells("completion", 0));
    assertEquals(List.of("2026-11", "2", "1", "0", "67 %"), cells("completion", 1));
    assertEquals(List.of("Up to a week", "1"), cells("ages", 0));
    assertEquals(List.of("More than 90 days", "1"), cells("ages", 3));
    assertEquals(List.of("2026-11", "1", "4", "4"), cells("lag", 0));
    assertEquals(List.of("2026-11", "SEV 1", "15 / 15", "–", "120 / 120"), cells("times", 0));
    assertEquals(
        "Items done on time, per month", chart("completion").getDomAttribute("aria-label"));
    assertTrue(chart("completion").findElements(By.tagName("rect")).size() >= 6);
    assertTrue(
        browser
            .driver()
            .findElement(By.id("pm-report-csv"))
            .getDomAttribute("href")
            .endsWith("reports/remediation.csv?project=OPS&months=3"));
    assertEquals(List.of(), browser.alerts());
    browser.screenshot(Path.of("../docs/images/remediation-report.png"));
  }

  @Test
  public void saysWhyWhenTheServerRefusesTheProject() throws Exception {
    when(service.report(any(), any())).thenThrow(new IssueSearch.InvalidSearch("no project NOPE"));

    open(new String[] {"NOPE"}, "12");

    browser.waitUntil("document.querySelector('.pm-report[data-state=\"error\"]') !== null");
    assertEquals(
        ENGLISH.getText("postmortem.report.failed")
            + " "
            + ENGLISH.getText("postmortem.report.error.project"),
        browser.driver().findElement(By.cssSelector(".pm-report-status")).getText());
  }

  @Test
  public void echoesOnlyCheckedProjectKeysIntoThePage() throws Exception {
    when(service.report(any(), any())).thenReturn(typicalReport());

    open(new String[] {"\"><img src=x onerror=alert(1)>"}, "12");

    assertEquals(
        "", browser.driver().findElement(By.id("pm-report-projects")).getDomProperty("value"));
    assertEquals(0, browser.driver().findElements(By.cssSelector("form img")).size());
    assertEquals(List.of(), browser.alerts());
  }

  private void open(String[] projects, String months) {
    RemediationReportAction action = new RemediationReportAction();
    action.show(projects, months);
    String html =
        new VelocityTemplates()
            .render("templates/report/remediation-report.vm", Map.of("action", action), ENGLISH);
    String body = html.substring(html.indexOf("<body>") + 6, html.indexOf("</body>"));
    browser.page(
        PAGE,
        HeadlessBrowser.auiPage(
            "Report", body, List.of(RESOURCES + "remediation-report.css"), List.of()));
    browser.open(PAGE);
  }

  private WebElement chart(String name) {
    return browser.driver().findElement(By.cssSelector("[data-chart='" + name + "'] svg"));
  }

  private List<String> cells(String table, int row) {
    return browser
        .driver()
        .findElements(By.cssSelector("[data-table='" + table + "'] tbody tr"))
        .get(row)
        .findElements(By.tagName("td"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static io.postmortem.core.report.RemediationReport typicalReport() {
    ReportBuilder builder = new ReportBuilder(3, TODAY, BusinessCalendar.mondayToFriday());
    LocalDate nov1 = LocalDate.of(2026, 11, 1);
    builder.addItem(new ItemRecord("OPS-1", null, nov1, nov1.plusDays(9), nov1.plusDays(5)));
    builder.addItem(new ItemRecord("OPS-2", null, nov1, nov1.plusDays(9), nov1.plusDays(9)));
    builder.addItem(new ItemRecord("OPS-3", null, nov1, nov1.plusDays(9), nov1.plusDays(12)));
    builder.addItem(new ItemRecord("OPS-4", null, TODAY.minusDays(3), null, null));
    builder.addItem(new ItemRecord("OPS-5", null, TODAY.minusDays(120), TODAY.minusDays(60), null));
    builder.addPostmortem(
        new PostmortemRecord(
            "PM-1",
            Severity.SEV_1,
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 6),
            Duration.ofMinutes(15),
            null,
            Duration.ofMinutes(120)));
    return builder.build();
  }
}
