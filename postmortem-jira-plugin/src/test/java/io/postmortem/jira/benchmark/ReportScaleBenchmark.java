package io.postmortem.jira.benchmark;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.core.report.RemediationReport;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.report.RemediationReportService;
import io.postmortem.jira.report.ReportRequest;
import io.postmortem.jira.storage.TimelineStore;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.TestScope;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scale harness of the remediation report (not a test, so {@code mvn verify} never runs it): a
 * mocked index holding 100, 10,000 or 100,000 remediation items (half of them done in the report's
 * year) and a fifth as many published postmortems. One report over every project; it prints the
 * pages read, Jira and storage calls per page, bytes allocated per page and the live heap, which
 * must stay flat as the items grow. Command in README "Benchmarks".
 */
public final class ReportScaleBenchmark {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final ZoneId ZONE = ZoneId.of("UTC");
  private static final int[] TOTALS = {100, 10_000, 100_000};

  private ReportScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    System.out.println("Remediation report, one run over every project (12 months)");
    System.out.println(
        "items | postmortems | pages | Jira calls/page | storage calls/page | KB allocated/page"
            + " | live heap MB max (after GC, every 10 pages) | seconds");
    for (int total : TOTALS) {
      Index index = new Index(total, total / 5);
      RemediationReportService service =
          new RemediationReportService(
              new IssueSearch(index.searchService),
              new TestScope(),
              index.timelines(),
              index.time());
      ApplicationUser caller = FakeJira.user("carol", "Carol");
      ReportRequest request = ReportRequest.parse(List.of(), "12").request();
      System.gc();
      long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      long start = System.nanoTime();
      RemediationReport report = service.report(caller, request);
      long elapsed = System.nanoTime() - start;
      long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes;
      if (report == null) {
        throw new IllegalStateException("no report");
      }
      int pages = Math.max(1, index.pages);
      System.out.printf(
          Locale.ROOT,
          "%7d | %11d | %5d | %15.1f | %18.2f | %17.0f | %.1f | %.1f%n",
          total,
          total / 5,
          index.pages,
          index.jiraCalls.get() / (double) pages,
          index.storageCalls.get() / (double) pages,
          allocated / (double) pages / 1024,
          index.peakLiveHeap / 1024.0 / 1024.0,
          elapsed / 1e9);
    }
  }

  /**
   * A mocked Jira whose index holds {@code items} items and {@code postmortems} postmortems; like
   * the real index, a search builds only the page asked for.
   */
  private static final class Index {
    final SearchService searchService = mock(SearchService.class, withSettings().stubOnly());
    final AtomicLong jiraCalls = new AtomicLong();
    final AtomicLong storageCalls = new AtomicLong();
    int pages;
    long peakLiveHeap;

    /**
     * The answer to the latest search. One results object answers from these fields: a mock per
     * page would keep every page alive (Mockito's inline mock maker holds a mock's stubbed values
     * until it purges its weak map), which the live-heap figure would count as ours.
     */
    private List<Issue> lastPage = List.of();

    private int lastTotal;

    @SuppressWarnings("unchecked")
    private final SearchResults<Issue> results =
        mock(SearchResults.class, withSettings().stubOnly());

    Index(int items, int postmortems) throws Exception {
      lenient().when(results.getResults()).thenAnswer(call -> lastPage);
      lenient().when(results.getTotal()).thenAnswer(call -> lastTotal);
      lenient()
          .when(searchService.parseQuery(any(), anyString()))
          .thenAnswer(
              call -> {
                jiraCalls.incrementAndGet();
                SearchService.ParseResult parsed =
                    mock(SearchService.ParseResult.class, withSettings().stubOnly());
                lenient().when(parsed.isValid()).thenReturn(true);
                Query query = mock(Query.class, withSettings().stubOnly());
                lenient().when(query.toString()).thenReturn(call.getArgument(1));
                lenient().when(parsed.getQuery()).thenReturn(query);
                return parsed;
              });
      lenient()
          .when(searchService.search(any(), any(), any()))
          .thenAnswer(
              call -> {
                jiraCalls.incrementAndGet();
                boolean ofPostmortems =
                    call.getArgument(1).toString().startsWith("(issuetype = 10100)");
                PagerFilter pager = call.getArgument(2);
                int total = ofPostmortems ? postmortems : items;
                int size = Math.max(0, Math.min(pager.getMax(), total - pager.getStart()));
                lastPage = List.of();
                List<Issue> found = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                  int n = pager.getStart() + i;
                  found.add(ofPostmortems ? postmortem(n) : item(n));
                }
                sampleHeap();
                lastPage = found;
                lastTotal = total;
                return results;
              });
    }

    /** Every tenth page: full GC, then the heap still in use (what a page keeps alive). */
    private void sampleHeap() {
      pages++;
      if (pages % 10 == 0) {
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakLiveHeap = Math.max(peakLiveHeap, live);
      }
    }

    /**
     * Jira's time over a stub-only zone manager whose calls count as Jira calls. Not {@code
     * FakeJira.time}: its mock records every invocation, and when the report asked for the zone
     * once per date those 130,000 recorded invocations were the 54 MB the live heap grew by at
     * 100,000 items.
     */
    JiraTime time() {
      TimeZoneManager zones = mock(TimeZoneManager.class, withSettings().stubOnly());
      TimeZone zone = TimeZone.getTimeZone(ZONE);
      lenient()
          .when(zones.getDefaultTimezone())
          .thenAnswer(
              call -> {
                jiraCalls.incrementAndGet();
                return zone;
              });
      return new JiraTime(zones, Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE));
    }

    TimelineStore timelines() {
      TimelineStore store = mock(TimelineStore.class, withSettings().stubOnly());
      lenient()
          .when(store.forPostmortems(any()))
          .thenAnswer(
              call -> {
                storageCalls.incrementAndGet();
                Collection<Long> ids = call.getArgument(0);
                Map<Long, List<TimelineEvent>> events = new HashMap<>();
                for (Long id : ids) {
                  Instant started = TODAY.minusDays(id % 300).atTime(9, 0).atZone(ZONE).toInstant();
                  events.put(
                      id,
                      List.of(
                          new TimelineEvent(1L, started, TimelineEventKind.STARTED, "", null),
                          new TimelineEvent(
                              2L,
                              started.plusSeconds(600 + id % 3600),
                              TimelineEventKind.DETECTED,
                              "",
                              null),
                          new TimelineEvent(
                              3L,
                              started.plusSeconds(7200 + id % 7200),
                              TimelineEventKind.RESOLVED,
                              "",
                              null)));
                }
                return events;
              });
      return store;
    }

    private static Issue item(int n) {
      LocalDate created = TODAY.minusDays(n % 360);
      LocalDate done = n % 2 == 0 ? created.plusDays(n % 40) : null;
      return new PlainIssue(
              100_000L + n,
              "OPS-" + n,
              Timestamp.valueOf(created.atTime(9, 0)),
              Timestamp.valueOf(created.plusDays(30).atStartOfDay()),
              done == null ? null : Timestamp.valueOf(done.atTime(17, 0)))
          .issue();
    }

    private static Issue postmortem(int n) {
      LocalDate created = TODAY.minusDays(n % 300);
      return new PlainIssue(
              n,
              "PM-" + n,
              Timestamp.valueOf(created.atTime(9, 0)),
              null,
              Timestamp.valueOf(created.plusDays(3).atTime(15, 0)))
          .issue();
    }
  }

  /**
   * An issue as the report reads it: a plain proxy over five values, because building a Mockito
   * mock per issue kept the 100,000-item run from finishing. A proxy rather than a class
   * implementing {@link Issue}: the real interface has far more methods than our stand-in, and the
   * harness must compile in the {@code atlassian} profile too. Everything the report does not read
   * is null.
   */
  private record PlainIssue(
      long id, String key, Timestamp created, Timestamp dueDate, Timestamp resolutionDate)
      implements InvocationHandler {
    private static final ClassLoader LOADER = Issue.class.getClassLoader();
    private static final Class<?>[] TYPES = {Issue.class};

    Issue issue() {
      return (Issue) Proxy.newProxyInstance(LOADER, TYPES, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      return switch (method.getName()) {
        case "getId" -> id;
        case "getKey", "getSummary", "toString" -> key;
        case "getCreated" -> created;
        case "getDueDate" -> dueDate;
        case "getResolutionDate" -> resolutionDate;
        case "hashCode" -> Long.hashCode(id);
        case "equals" -> proxy == args[0];
        case "isSubTask" -> false;
        default -> null;
      };
    }
  }
}
