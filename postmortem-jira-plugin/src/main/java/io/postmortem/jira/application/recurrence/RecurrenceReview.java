package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.recurrence.Recurrence;
import io.postmortem.core.recurrence.Verdict;
import java.util.List;

/**
 * What one viewer is shown of the recurrence guard's suggestions to a postmortem.
 *
 * @param postmortemKey the postmortem
 * @param shown the suggestions the viewer may browse, in ranking order
 * @param hidden how many suggestions the viewer may not browse (counted, never named)
 * @param candidates how many earlier issues were compared
 * @param capped whether more issues matched than the search fetches
 */
public record RecurrenceReview(
    String postmortemKey, List<Suggestion> shown, int hidden, int candidates, boolean capped) {
  public RecurrenceReview {
    shown = List.copyOf(shown);
  }

  /**
   * One suggested earlier issue.
   *
   * @param issue the earlier incident or postmortem
   * @param ranking its score, shared components and labels, and shared words
   * @param verdict the author's verdict so far
   * @param items its remediation items the viewer may browse
   * @param hiddenItems how many of its items the viewer may not browse
   */
  public record Suggestion(
      Issue issue, Recurrence ranking, Verdict verdict, List<Issue> items, int hiddenItems) {
    public Suggestion {
      items = List.copyOf(items);
    }
  }
}
