package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.recurrence.Reopening;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.storage.RecurrenceStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Records the author's verdict on a suggestion. A related one is linked as a recurrence: from each
 * incident the postmortem reviews (from the postmortem itself while it reviews none) to the earlier
 * issue. When the verdict becomes related (not when a related one is marked again), the earlier
 * postmortem's done items are reopened where their project asks for it ({@link
 * RecurredItemReopener}); whatever Jira refuses there, the verdict stays.
 */
@Named
public class RecurrenceVerdicts {
  private final RecurrenceStore store;
  private final RecurrenceLinks links;
  private final PostmortemReader reader;
  private final JiraTime time;
  private final RecurredItemReopener reopener;

  @Inject
  public RecurrenceVerdicts(
      RecurrenceStore store,
      RecurrenceLinks links,
      PostmortemReader reader,
      JiraTime time,
      RecurredItemReopener reopener) {
    this.store = store;
    this.links = links;
    this.reader = reader;
    this.time = time;
    this.reopener = reopener;
  }

  /**
   * The verdict as stored and whether the recurrence is linked in Jira; empty when {@code earlier}
   * was never suggested to the postmortem.
   */
  public Optional<Marked> mark(
      Issue postmortem, Issue earlier, Verdict verdict, ApplicationUser user) {
    Optional<RecurrenceStore.Marking> stored =
        store.remark(postmortem.getId(), earlier.getId(), verdict, user.getKey(), time.now());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    boolean linked = false;
    Reopening.Outcome reopened = Reopening.Outcome.NONE;
    if (verdict == Verdict.RELATED) {
      List<Issue> incidents = reader.readWithIssues(postmortem).incidentIssues();
      linked = links.link(incidents.isEmpty() ? List.of(postmortem) : incidents, earlier, user);
      if (stored.get().previous() != Verdict.RELATED) {
        reopened = reopener.reopen(postmortem, earlier, user);
      }
    }
    return Optional.of(
        new Marked(stored.get().stored(), linked, reopened, reopener.messages(reopened, user)));
  }

  /**
   * A stored verdict, whether Jira now holds the recurrence link, what became of the earlier
   * postmortem's done items, and what the author is told about them in their language.
   */
  public record Marked(
      SuggestedRecurrence suggestion,
      boolean linked,
      Reopening.Outcome reopened,
      List<String> messages) {}
}
