package io.postmortem.jira.reminder;

import com.atlassian.jira.issue.Issue;
import com.atlassian.query.Query;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.core.remediation.DigestPlanner;
import io.postmortem.core.remediation.ItemAssessment;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;

/**
 * Item owners' digests: pages through open items due within the window, and done items whose
 * incident a later postmortem marked as the same failure since yesterday, sorted by assignee, so
 * each owner's items arrive together in one digest and memory holds one page and one capped digest.
 * The search ignores whether the incident or postmortem is closed: only the item's own resolution
 * ends it.
 */
final class OwnerDigestRun {
  private final IssueSearch search;
  private final OpenItemReader reader;
  private final RemediationScope scope;
  private final DigestSender sender;
  private final DigestMailer mailer;
  private final RecurredPostmortems recurrences;

  OwnerDigestRun(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      DigestSender sender,
      DigestMailer mailer,
      RecurredPostmortems recurrences) {
    this.search = search;
    this.reader = reader;
    this.scope = scope;
    this.sender = sender;
    this.mailer = mailer;
    this.recurrences = recurrences;
  }

  DigestTally run(
      LocalDate today, ZoneId zone, DigestPlanner planner, RemediationClassifier classifier) {
    // Verdicts since the start of yesterday: a day's verdicts reach the next run, even after a
    // missed one, and stop being news after two digests at most.
    RecurredPostmortems.Found recurred =
        recurrences.since(null, today.minusDays(1).atStartOfDay(zone).toInstant(), zone);
    Query query =
        search.parse(
            null, items(planner, recurred) + " ORDER BY assignee ASC, duedate ASC, key ASC");
    DigestOutbox<OwnerLine> outbox = new DigestOutbox<>(sender, today, mailer::ownerDigest);
    JobPages.forEach(
        search,
        query,
        page -> {
          Iterator<Issue> issues = page.iterator();
          for (OpenRemediationItem item : reader.read(null, page)) {
            Issue issue = issues.next();
            OwnerLine line = line(item, classifier.assess(item, today), planner, recurred);
            if (line != null) {
              outbox.add(item.item().assigneeKey(), new DigestLine<>(line, issue));
            }
          }
        });
    return outbox.finish();
  }

  /** Open items due within the window, and the recurred items when there are any. */
  private String items(DigestPlanner planner, RecurredPostmortems.Found recurred) {
    String due =
        scope.openItemClause()
            + " AND assignee is not EMPTY AND duedate <= endOfDay(\"+"
            + planner.remindWithinDays()
            + "d\")";
    return recurred.isEmpty()
        ? due
        : "(" + due + ") OR (assignee is not EMPTY AND " + recurred.doneItemClause(scope) + ")";
  }

  /** The item's line: recurred if done and recurred, due or overdue if open and near; else null. */
  private static OwnerLine line(
      OpenRemediationItem item,
      ItemAssessment assessment,
      DigestPlanner planner,
      RecurredPostmortems.Found recurred) {
    if (item.item().done()) {
      Recurrence recurrence =
          item.postmortemKey() == null ? null : recurred.ofPostmortem(item.postmortemKey());
      return recurrence == null ? null : new OwnerLine(assessment, recurrence.markedAt());
    }
    return planner.remindsOwner(assessment) ? new OwnerLine(assessment, null) : null;
  }
}
