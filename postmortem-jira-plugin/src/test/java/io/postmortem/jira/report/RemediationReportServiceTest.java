package io.postmortem.jira.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.core.report.MonthlyCompletion;
import io.postmortem.core.report.RemediationReport;
import io.postmortem.core.report.ResponseTimes;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.storage.TimelineStore;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class RemediationReportServiceTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  private final IssueSearch search = mock(IssueSearch.class);
  private final RemediationScope scope = mock(RemediationScope.class);
  private final TimelineStore timelines = mock(TimelineStore.class);
  private final ApplicationUser carol = mock(ApplicationUser.class);
  private final Query itemQuery = mock(Query.class);
  private final Query postmortemQuery = mock(Query.class);
  private RemediationReportService service;
  private String itemJql;

  @Before
  public void setUp() {
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(ZONE));
    service =
        new RemediationReportService(
            search, scope, timelines, new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)));
    when(scope.remediationItemClause()).thenReturn("issuetype = 10101");
    when(scope.postmortemClause()).thenReturn("issuetype = 10100");
    when(search.parse(eq(carol), anyString()))
        .thenAnswer(
            a -> {
              String jql = a.getArgument(1, String.class);
              if (!jql.contains("10101")) {
                return postmortemQuery;
              }
              itemJql = jql;
              return itemQuery;
            });
    when(search.page(eq(carol), eq(postmortemQuery), anyInt(), anyInt()))
        .thenReturn(new IssueSearch.Page(List.of(), 0));
  }

  @Test
  public void readsEveryPageOfItemsWithOneSearchPerPage() {
    List<Issue> items = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      items.add(issue(i, "OPS-" + i, day(11, 1), day(11, 10), day(11, 5)));
    }
    pages(itemQuery, items);

    RemediationReport report = service.report(carol, new ReportRequest(List.of(), 3));

    verify(search, times(3)).page(eq(carol), eq(itemQuery), anyInt(), anyInt());
    assertEquals(1_200, november(report).onTime());
  }

  @Test
  public void countsEveryItemOnceWhenAnItemIsUpdatedWhileTheReportPagesThroughThem() {
    List<Issue> items = new ArrayList<>();
    for (int i = 0; i < RemediationReportService.PAGE_SIZE; i++) {
      items.add(issue(i, "OPS-" + (i + 1), day(11, 1), day(11, 10), day(11, 5)));
    }
    Issue lastAndLate =
        issue(9_999, "OPS-" + (items.size() + 1), day(11, 1), day(11, 10), day(11, 20));
    items.add(lastAndLate);
    indexPagesUpdatingTheFirstItemAfterPageOne(items);

    RemediationReport report = service.report(carol, new ReportRequest(List.of(), 3));

    assertEquals(RemediationReportService.PAGE_SIZE, november(report).onTime());
    assertEquals(1, november(report).late());
  }

  @Test
  public void searchesAsTheCallerInTheRequestedProjectsOnly() {
    pages(itemQuery, List.of());

    service.report(carol, new ReportRequest(List.of("OPS", "WEB"), 12));

    ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
    verify(search, times(2)).parse(eq(carol), jql.capture());
    assertTrue(jql.getAllValues().get(0).contains("AND project in (OPS, WEB)"));
    assertTrue(jql.getAllValues().get(0).contains("resolved >= \"2026-01-01\""));
    assertTrue(jql.getAllValues().get(1).startsWith("(issuetype = 10100)"));
  }

  @Test
  public void takesResponseTimesAndPublishLagFromEachPostmortemsTimeline() {
    pages(itemQuery, List.of());
    Issue postmortem = issue(500, "PM-1", day(11, 2), null, day(11, 6));
    when(search.page(eq(carol), eq(postmortemQuery), anyInt(), anyInt()))
        .thenReturn(new IssueSearch.Page(List.of(postmortem), 1));
    when(scope.severities()).thenReturn(issue -> issue == postmortem ? Severity.SEV_1 : null);
    Instant started = Instant.parse("2026-11-02T08:00:00Z");
    when(timelines.forPostmortems(List.of(500L)))
        .thenReturn(
            Map.of(
                500L,
                List.of(
                    new TimelineEvent(1L, started, TimelineEventKind.STARTED, "", null),
                    new TimelineEvent(
                        2L, started.plusSeconds(900), TimelineEventKind.DETECTED, "", null),
                    new TimelineEvent(
                        3L, started.plusSeconds(7200), TimelineEventKind.RESOLVED, "", null))));

    RemediationReport report = service.report(carol, new ReportRequest(List.of(), 3));

    ResponseTimes sev1 = report.responseTimes().get(0);
    assertEquals(Severity.SEV_1, sev1.severity());
    assertEquals(15.0, sev1.detect().median(), 1e-9);
    assertEquals(120.0, sev1.resolve().median(), 1e-9);
    assertEquals(4.0, report.publishLag().get(YearMonth.of(2026, 11)).median(), 1e-9);
    verify(timelines, times(1)).forPostmortems(any());
  }

  private void pages(Query query, List<Issue> issues) {
    when(search.page(eq(carol), eq(query), anyInt(), anyInt()))
        .thenAnswer(
            a -> {
              int start = a.getArgument(2);
              int size = a.getArgument(3);
              int end = Math.min(issues.size(), start + size);
              return new IssueSearch.Page(
                  start >= end ? List.of() : issues.subList(start, end), issues.size());
            });
  }

  /**
   * Jira's index as a page-by-page reader meets it: sorted by key when the query asks for it,
   * otherwise in index order, where an issue updated (re-indexed) after the first page moves to the
   * end.
   */
  private void indexPagesUpdatingTheFirstItemAfterPageOne(List<Issue> byKey) {
    List<Issue> indexOrder = new ArrayList<>(byKey);
    when(search.page(eq(carol), eq(itemQuery), anyInt(), anyInt()))
        .thenAnswer(
            a -> {
              int start = a.getArgument(2);
              int size = a.getArgument(3);
              List<Issue> order = itemJql.contains("ORDER BY key") ? byKey : indexOrder;
              int end = Math.min(order.size(), start + size);
              List<Issue> page = List.copyOf(order.subList(Math.min(start, end), end));
              if (start == 0) {
                indexOrder.add(indexOrder.remove(0));
              }
              return new IssueSearch.Page(page, order.size());
            });
  }

  private static MonthlyCompletion november(RemediationReport report) {
    return report.completion().stream()
        .filter(m -> m.month().equals(YearMonth.of(2026, 11)))
        .findFirst()
        .orElseThrow();
  }

  private static Issue issue(
      long id, String key, LocalDate created, LocalDate due, LocalDate done) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(id);
    when(issue.getKey()).thenReturn(key);
    when(issue.getCreated()).thenReturn(noon(created));
    when(issue.getDueDate()).thenReturn(due == null ? null : Timestamp.valueOf(due.atStartOfDay()));
    when(issue.getResolutionDate()).thenReturn(noon(done));
    return issue;
  }

  private static Timestamp noon(LocalDate day) {
    return day == null ? null : Timestamp.from(day.atTime(12, 0).atZone(ZONE).toInstant());
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}
