package io.postmortem.core.postmortem;

import io.postmortem.core.recurrence.SuggestedRecurrence;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the app itself records about postmortems, beside what Jira holds: the storage port. The
 * plugin implements it with Active Objects. Every method is a bulk read so that reading one
 * postmortem costs the same number of queries whatever its number of action items.
 */
public interface PostmortemRecords {

  /** Current ownership confirmations of the given action items, by issue id; absent = none. */
  Map<Long, OwnershipConfirmation> confirmations(Collection<Long> actionItemIssueIds);

  /** Risk acceptances recorded on the postmortem, oldest first. */
  List<RiskAcceptance> riskAcceptances(long postmortemIssueId);

  /** Timeline events of the postmortem, in time order. */
  List<TimelineEvent> timeline(long postmortemIssueId);

  /** Blameless-language findings kept on purpose, with their reasons. */
  List<LanguageOverride> languageOverrides(long postmortemIssueId);

  /**
   * Earlier incidents the recurrence guard suggested to the postmortem, with the author's verdicts,
   * in the order they were suggested. A store that keeps none answers with none.
   */
  default List<SuggestedRecurrence> recurrences(long postmortemIssueId) {
    return List.of();
  }
}
