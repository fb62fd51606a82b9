package io.postmortem.jira.reminder;

import com.atlassian.jira.issue.Issue;
import com.atlassian.query.Query;
import io.postmortem.core.remediation.DigestPlanner;
import io.postmortem.core.remediation.ItemAssessment;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * Item owners' digests: pages through open items due within the window, sorted by assignee, so each
 * owner's items arrive together and memory holds one page and one capped digest. The search ignores
 * whether the incident or postmortem is closed: only the item's own resolution ends it.
 */
final class OwnerDigestRun {
  private final IssueSearch search;
  private final OpenItemReader reader;
  private final RemediationScope scope;
  private final DigestSender sender;
  private final DigestMailer mailer;

  OwnerDigestRun(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      DigestSender sender,
      DigestMailer mailer) {
    this.search = search;
    this.reader = reader;
    this.scope = scope;
    this.sender = sender;
    this.mailer = mailer;
  }

  int run(LocalDate today, DigestPlanner planner, RemediationClassifier classifier) {
    Query query =
        search.parse(
            null,
            scope.openItemClause()
                + " AND assignee is not EMPTY AND duedate <= endOfDay(\"+"
                + planner.remindWithinDays()
                + "d\") ORDER BY assignee ASC, duedate ASC, key ASC");
    DigestOutbox<ItemAssessment> outbox = new DigestOutbox<>(sender, today, mailer::ownerDigest);
    JobPages.forEach(
        search,
        query,
        page -> {
          List<OpenRemediationItem> items = reader.read(null, page);
          Iterator<Issue> issues = page.iterator();
          for (OpenRemediationItem item : items) {
            Issue issue = issues.next();
            ItemAssessment assessment = classifier.assess(item, today);
            if (planner.remindsOwner(assessment)) {
              outbox.add(item.item().assigneeKey(), new DigestLine<>(assessment, issue));
            }
          }
        });
    return outbox.finish();
  }
}
