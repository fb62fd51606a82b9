package io.postmortem.jira.storage;

import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The storage port over Active Objects: one bulk query (per 500 ids) for each kind of record, so
 * reading a postmortem costs the same whatever its number of action items. Rows of deleted issues
 * are never asked for, because every read is keyed by the ids of issues that exist.
 */
@Named
public final class ActiveObjectsPostmortemRecords implements PostmortemRecords {

  private final OwnershipStore ownership;
  private final RiskAcceptanceStore risks;
  private final TimelineStore timeline;
  private final LanguageOverrideStore overrides;
  private final RecurrenceStore recurrences;

  @Inject
  public ActiveObjectsPostmortemRecords(
      OwnershipStore ownership,
      RiskAcceptanceStore risks,
      TimelineStore timeline,
      LanguageOverrideStore overrides,
      RecurrenceStore recurrences) {
    this.ownership = ownership;
    this.risks = risks;
    this.timeline = timeline;
    this.overrides = overrides;
    this.recurrences = recurrences;
  }

  @Override
  public Map<Long, OwnershipConfirmation> confirmations(Collection<Long> actionItemIssueIds) {
    return ownership.confirmations(actionItemIssueIds);
  }

  @Override
  public List<RiskAcceptance> riskAcceptances(long postmortemIssueId) {
    return risks.forPostmortem(postmortemIssueId);
  }

  @Override
  public List<TimelineEvent> timeline(long postmortemIssueId) {
    return timeline.forPostmortem(postmortemIssueId);
  }

  @Override
  public List<LanguageOverride> languageOverrides(long postmortemIssueId) {
    return overrides.forPostmortem(postmortemIssueId);
  }

  @Override
  public List<SuggestedRecurrence> recurrences(long postmortemIssueId) {
    return recurrences.forPostmortem(postmortemIssueId);
  }
}
