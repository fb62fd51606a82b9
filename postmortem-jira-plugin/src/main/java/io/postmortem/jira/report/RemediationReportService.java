package io.postmortem.jira.report;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.checklist.TimelineMetrics;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.core.report.ItemRecord;
import io.postmortem.core.report.PostmortemRecord;
import io.postmortem.core.report.RemediationReport;
import io.postmortem.core.report.ReportBuilder;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.storage.TimelineStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds the remediation report as the caller sees Jira: both searches run as the caller, so an
 * item or postmortem they cannot browse is neither shown nor counted. Items and postmortems are
 * read page by page (one search per page, and one bulk timeline query per page of postmortems), so
 * the calls per page stay the same whatever the number of issues, and memory holds one page. Jira's
 * zone is read once per report, not once per date.
 */
@Named
public class RemediationReportService {
  static final int PAGE_SIZE = 500;

  private final IssueSearch search;
  private final RemediationScope scope;
  private final TimelineStore timelines;
  private final JiraTime time;

  @Inject
  public RemediationReportService(
      IssueSearch search, RemediationScope scope, TimelineStore timelines, JiraTime time) {
    this.search = search;
    this.scope = scope;
    this.timelines = timelines;
    this.time = time;
  }

  public RemediationReport report(ApplicationUser user, ReportRequest request) {
    ZoneId zone = time.zone();
    LocalDate today = LocalDate.ofInstant(time.now(), zone);
    ReportBuilder builder =
        new ReportBuilder(request.months(), today, BusinessCalendar.mondayToFriday());
    LocalDate first = YearMonth.from(today).minusMonths(request.months() - 1L).atDay(1);
    String since = "\"" + first + "\"";
    eachPage(
        user,
        "("
            + scope.remediationItemClause()
            + ") AND (resolution is EMPTY OR resolved >= "
            + since
            + ")"
            + request.projectClause()
            + " ORDER BY key ASC",
        page -> page.forEach(issue -> builder.addItem(item(issue, zone))));
    eachPage(
        user,
        "("
            + scope.postmortemClause()
            + ") AND resolved >= "
            + since
            + request.projectClause()
            + " ORDER BY key ASC",
        page -> addPostmortems(page, builder, zone));
    return builder.build();
  }

  private void eachPage(ApplicationUser user, String jql, Consumer<List<Issue>> consumer) {
    Query query = search.parse(user, jql);
    for (int start = 0; ; start += PAGE_SIZE) {
      IssueSearch.Page page = search.page(user, query, start, PAGE_SIZE);
      consumer.accept(page.issues());
      if (page.issues().size() < PAGE_SIZE || start + PAGE_SIZE >= page.total()) {
        return;
      }
    }
  }

  private static ItemRecord item(Issue issue, ZoneId zone) {
    return new ItemRecord(
        issue.getKey(),
        null,
        day(issue.getCreated(), zone),
        JiraTime.dayOf(issue.getDueDate()),
        day(issue.getResolutionDate(), zone));
  }

  private void addPostmortems(List<Issue> page, ReportBuilder builder, ZoneId zone) {
    Map<Long, List<TimelineEvent>> events =
        timelines.forPostmortems(page.stream().map(Issue::getId).toList());
    Function<Issue, Severity> severities = scope.severities();
    for (Issue postmortem : page) {
      LocalDate published = day(postmortem.getResolutionDate(), zone);
      if (published == null) {
        continue;
      }
      List<TimelineEvent> timeline = events.getOrDefault(postmortem.getId(), List.of());
      TimelineMetrics metrics = TimelineMetrics.from(timeline);
      builder.addPostmortem(
          new PostmortemRecord(
              postmortem.getKey(),
              severities.apply(postmortem),
              lastResolved(timeline, zone),
              published,
              metrics.timeToDetect(),
              metrics.timeToMitigate(),
              metrics.timeToResolve()));
    }
  }

  /** The incident's resolution as the timeline records it (the last RESOLVED event), or null. */
  private static LocalDate lastResolved(List<TimelineEvent> timeline, ZoneId zone) {
    return timeline.stream()
        .filter(event -> event.kind() == TimelineEventKind.RESOLVED)
        .map(TimelineEvent::at)
        .max(Instant::compareTo)
        .map(at -> at.atZone(zone).toLocalDate())
        .orElse(null);
  }

  private static LocalDate day(Timestamp timestamp, ZoneId zone) {
    return timestamp == null ? null : timestamp.toInstant().atZone(zone).toLocalDate();
  }
}
