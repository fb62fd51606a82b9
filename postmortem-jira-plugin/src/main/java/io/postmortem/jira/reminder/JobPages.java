package io.postmortem.jira.reminder;

import com.atlassian.jira.issue.Issue;
import com.atlassian.query.Query;
import io.postmortem.jira.application.search.IssueSearch;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the reminder job walks a search: as no user, one bounded page at a time until the matches run
 * out, so memory never holds more than one page however many issues match.
 */
final class JobPages {

  private JobPages() {}

  static void forEach(IssueSearch search, Query query, Consumer<List<Issue>> onPage) {
    for (int start = 0; ; start += ReminderJob.PAGE) {
      IssueSearch.Page page = search.page(null, query, start, ReminderJob.PAGE);
      onPage.accept(page.issues());
      if (page.issues().isEmpty() || start + ReminderJob.PAGE >= page.total()) {
        return;
      }
    }
  }
}
