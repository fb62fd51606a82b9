package io.postmortem.jira.dashboard;

import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.postmortem.TimelineEvent;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Our own storage port, kept in memory for tests; counts its bulk reads. */
public final class InMemoryRecords implements PostmortemRecords {
  private final Map<Long, OwnershipConfirmation> confirmations = new HashMap<>();
  public final AtomicInteger confirmationReads = new AtomicInteger();

  public InMemoryRecords confirm(long itemId, OwnershipConfirmation confirmation) {
    confirmations.put(itemId, confirmation);
    return this;
  }

  @Override
  public Map<Long, OwnershipConfirmation> confirmations(Collection<Long> actionItemIssueIds) {
    confirmationReads.incrementAndGet();
    Map<Long, OwnershipConfirmation> found = new HashMap<>();
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
    return List.of();
  }

  @Override
  public List<TimelineEvent> timeline(long postmortemIssueId) {
    return List.of();
  }

  @Override
  public List<LanguageOverride> languageOverrides(long postmortemIssueId) {
    return List.of();
  }
}
