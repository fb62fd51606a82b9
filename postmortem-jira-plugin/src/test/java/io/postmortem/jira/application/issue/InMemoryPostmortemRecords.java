package io.postmortem.jira.application.issue;

import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.postmortem.TimelineEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A storage port fake that counts its calls, standing in for the Active Objects store; shared by
 * every package's tests.
 */
public final class InMemoryPostmortemRecords implements PostmortemRecords {

  final Map<Long, OwnershipConfirmation> confirmations = new HashMap<>();
  final Map<Long, List<RiskAcceptance>> acceptances = new HashMap<>();
  final Map<Long, List<TimelineEvent>> timelines = new HashMap<>();
  final Map<Long, List<LanguageOverride>> overrides = new HashMap<>();
  private int calls;
  private int confirmationReads;

  public InMemoryPostmortemRecords confirm(long itemId, OwnershipConfirmation confirmation) {
    confirmations.put(itemId, confirmation);
    return this;
  }

  public InMemoryPostmortemRecords timeline(long postmortemId, TimelineEvent... events) {
    timelines.put(postmortemId, List.of(events));
    return this;
  }

  public int calls() {
    return calls;
  }

  /** Bulk reads of confirmations, the one call a page of items may make. */
  public int confirmationReads() {
    return confirmationReads;
  }

  @Override
  public Map<Long, OwnershipConfirmation> confirmations(Collection<Long> actionItemIssueIds) {
    calls++;
    confirmationReads++;
    Map<Long, OwnershipConfirmation> found = new LinkedHashMap<>();
    actionItemIssueIds.forEach(
        id -> {
          if (confirmations.containsKey(id)) {
            found.put(id, confirmations.get(id));
          }
        });
    return found;
  }

  @Override
  public List<RiskAcceptance> riskAcceptances(long postmortemIssueId) {
    calls++;
    return new ArrayList<>(acceptances.getOrDefault(postmortemIssueId, List.of()));
  }

  @Override
  public List<TimelineEvent> timeline(long postmortemIssueId) {
    calls++;
    return new ArrayList<>(timelines.getOrDefault(postmortemIssueId, List.of()));
  }

  @Override
  public List<LanguageOverride> languageOverrides(long postmortemIssueId) {
    calls++;
    return new ArrayList<>(overrides.getOrDefault(postmortemIssueId, List.of()));
  }
}
