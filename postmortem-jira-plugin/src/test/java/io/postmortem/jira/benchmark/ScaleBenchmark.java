package io.postmortem.jira.benchmark;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.query.Query;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.JobRunnerRequest;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.PostmortemLookup;
import io.postmortem.jira.dashboard.RemediationItemsQuery;
import io.postmortem.jira.dashboard.RemediationItemsService;
import io.postmortem.jira.reminder.ReminderBenchmarkAccess;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.TestScope;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scale harness (not a test, so {@code mvn verify} never runs it): with mocked Jira services whose
 * index holds 100, 10,000 or 100,000 open items, measures one page of the remediation-items call
 * (Jira calls, storage calls, time, bytes allocated) and one reminder-job run (Jira calls per page,
 * peak heap). Command in README "Benchmarks".
 */
public final class ScaleBenchmark {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final int[] TOTALS = {100, 10_000, 100_000};
  private static final int WARMUP = 200;
  private static final int RUNS = 500;

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    System.out.println(
        "REST GET /remediation-items, one page of 20 (median of " + RUNS + " calls)");
    System.out.println("total items | Jira calls | storage calls | median us | allocated KB/call");
    for (int total : TOTALS) {
      Index index = new Index(total);
      RemediationItemsService service = service(index);
      ApplicationUser caller = FakeJira.user("carol", "Carol");
      RemediationItemsQuery query =
          RemediationItemsQuery.parse(null, null, null, null, null, null, "3", "20", null).query();
      for (int i = 0; i < WARMUP; i++) {
        service.page(caller, query);
      }
      long[] nanos = new long[RUNS];
      long allocated = 0;
      long jiraCalls = 0;
      int storageBefore = index.records.confirmationReads();
      for (int i = 0; i < RUNS; i++) {
        long callsBefore = index.jiraCalls.get();
        long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        long start = System.nanoTime();
        service.page(caller, query);
        nanos[i] = System.nanoTime() - start;
        allocated += threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes;
        jiraCalls += index.jiraCalls.get() - callsBefore;
      }
      java.util.Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "%11d | %10.1f | %13.1f | %9d | %17.1f%n",
          total,
          jiraCalls / (double) RUNS,
          (index.records.confirmationReads() - storageBefore) / (double) RUNS,
          nanos[RUNS / 2] / 1000,
          allocated / (double) RUNS / 1024);
    }

    System.out.println();
    System.out.println(
        "Reminder job, one run over every open item due within the window (pages of 100)");
    System.out.println(
        "total items | pages | Jira calls/page | digests | seconds | live heap MB before -> max during (after GC, every 50 pages)");
    for (int total : TOTALS) {
      Index index = new Index(total);
      MailQueue mail = mock(MailQueue.class, withSettings().stubOnly());
      var job =
          ReminderBenchmarkAccess.job(
              index.search(),
              reader(index),
              new TestScope(),
              index.users,
              index.permissions,
              mail,
              settings(),
              ZONE);
      JobRunnerRequest request = mock(JobRunnerRequest.class);
      lenient()
          .when(request.getStartTime())
          .thenReturn(Date.from(TODAY.atTime(8, 0).atZone(ZONE).toInstant()));
      index.sampleLiveHeapEvery(50);
      long start = System.nanoTime();
      var response = job.runJob(request);
      long elapsed = System.nanoTime() - start;
      int pages = index.pagesServed;
      System.out.printf(
          Locale.ROOT,
          "%11d | %5d | %15.1f | %7s | %7.1f | %.1f -> %.1f%n",
          total,
          pages,
          index.jiraCalls.get() / (double) Math.max(1, pages),
          response.getMessage().split(" ")[0],
          elapsed / 1e9,
          index.baseline / 1024.0 / 1024.0,
          index.peakLiveHeap / 1024.0 / 1024.0);
    }
  }

  private static RemediationItemsService service(Index index) {
    return new RemediationItemsService(
        index.search(),
        reader(index),
        new TestScope(),
        RemediationPolicy.defaults(),
        FakeJira.time(Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE)),
        new RecurredPostmortems(
            (since, cap) -> List.of(),
            index.search(),
            new RecurredPostmortems.JiraIssues(
                mock(IssueManager.class),
                index.links,
                new IssueVisibility(mock(PermissionManager.class))),
            new TestScope()));
  }

  private static OpenItemReader reader(Index index) {
    return new OpenItemReader(
        FakeJira.configuration(),
        index.records,
        new PostmortemLookup(index.links, new TestScope()),
        new IssueVisibility(index.permissions));
  }

  private static PluginSettingsFactory settings() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    lenient().when(factory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
    return factory;
  }

  /**
   * A mocked Jira whose index holds {@code total} open items: like the real index, a search builds
   * only the page asked for; counts are answered without building anything.
   */
  private static final class Index {
    final SearchService searchService = mock(SearchService.class, withSettings().stubOnly());
    final IssueLinkManager links = mock(IssueLinkManager.class, withSettings().stubOnly());
    final UserManager users = mock(UserManager.class, withSettings().stubOnly());
    final PermissionManager permissions = mock(PermissionManager.class, withSettings().stubOnly());

    /** Calls to Jira's search and link services: what a page costs the index and database. */
    final AtomicLong jiraCalls = new AtomicLong();

    final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
    final Issue postmortem = FakeJira.item(1, "PM-1", "Postmortem", null, null, TODAY, null);
    final List<ApplicationUser> owners = new ArrayList<>();
    int pagesServed;
    long peakLiveHeap;
    private int sampleEvery;
    long baseline;

    /** From now on, every {@code pages} pages: full GC, then record the heap still in use. */
    void sampleLiveHeapEvery(int pages) {
      System.gc();
      baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      sampleEvery = pages;
    }

    Index(int total) throws Exception {
      for (int i = 0; i < 50; i++) {
        ApplicationUser owner = mock(ApplicationUser.class, withSettings().stubOnly());
        lenient().when(owner.getKey()).thenReturn("owner" + i);
        lenient().when(owner.getDisplayName()).thenReturn("Owner " + i);
        lenient().when(owner.getEmailAddress()).thenReturn("owner" + i + "@example.com");
        lenient().when(owner.isActive()).thenReturn(true);
        owners.add(owner);
        lenient().when(users.getUserByKey("owner" + i)).thenReturn(owner);
      }
      lenient().when(permissions.hasPermission(any(), any(Issue.class), any())).thenReturn(true);
      lenient()
          .when(searchService.parseQuery(any(), anyString()))
          .thenAnswer(
              call -> {
                jiraCalls.incrementAndGet();
                SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
                lenient().when(parsed.isValid()).thenReturn(true);
                Query query = mock(Query.class);
                lenient().when(query.toString()).thenReturn(call.getArgument(1));
                lenient().when(parsed.getQuery()).thenReturn(query);
                return parsed;
              });
      org.mockito.stubbing.Answer<SearchResults<Issue>> page =
          call -> {
            jiraCalls.incrementAndGet();
            String jql = call.getArgument(1).toString();
            PagerFilter pager = call.getArgument(2);
            boolean scheduling = jql.startsWith("issue in (");
            boolean postmortems = jql.startsWith("(issuetype = 10100)");
            int size =
                postmortems ? 0 : Math.max(0, Math.min(pager.getMax(), total - pager.getStart()));
            List<Issue> issues = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
              int n = pager.getStart() + i;
              ApplicationUser owner = owners.get(n * owners.size() / total);
              issues.add(
                  FakeJira.item(
                      100 + n,
                      "OPS-" + (100 + n),
                      "Item " + n,
                      owner,
                      TODAY.minusDays(n % 5),
                      TODAY.minusDays(30),
                      postmortem,
                      "Team " + (n % 7)));
            }
            if (!scheduling) {
              pagesServed++;
              if (sampleEvery > 0 && pagesServed % sampleEvery == 0) {
                System.gc();
                long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakLiveHeap = Math.max(peakLiveHeap, live);
              }
            }
            @SuppressWarnings("unchecked")
            SearchResults<Issue> results = mock(SearchResults.class);
            lenient().when(results.getResults()).thenReturn(issues);
            lenient().when(results.getTotal()).thenReturn(postmortems ? 0 : total);
            return results;
          };
      lenient().when(searchService.search(any(), any(), any())).thenAnswer(page);
      lenient().when(searchService.searchOverrideSecurity(any(), any(), any())).thenAnswer(page);
      lenient()
          .when(searchService.searchCount(any(), any()))
          .thenAnswer(
              call -> {
                jiraCalls.incrementAndGet();
                return (long) total / 3;
              });
      org.mockito.stubbing.Answer<List<Object>> noLinks =
          call -> {
            jiraCalls.incrementAndGet();
            return List.of();
          };
      lenient().when(links.getInwardLinks(any())).thenAnswer(noLinks);
      lenient().when(links.getOutwardLinks(any())).thenAnswer(noLinks);
    }

    IssueSearch search() {
      return new IssueSearch(searchService);
    }
  }
}
