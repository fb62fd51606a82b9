package io.postmortem.jira.reminder;

import io.postmortem.core.remediation.DateProposal;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Unanswered due-date proposals from the ownership store; the newest open one per item. */
@Named
public class StoredDateProposals implements DateProposals {
  private final OwnershipStore store;

  @Inject
  public StoredDateProposals(OwnershipStore store) {
    this.store = store;
  }

  @Override
  public Map<Long, DateProposal> pending(Collection<Long> itemIssueIds) {
    Map<Long, DateProposal> pending = new HashMap<>();
    store
        .openProposals(itemIssueIds)
        .forEach(
            (issueId, proposals) -> {
              if (!proposals.isEmpty()) {
                DueDateProposal newest = proposals.get(proposals.size() - 1);
                pending.put(
                    issueId, new DateProposal(issueId, newest.userKey(), newest.proposedDue()));
              }
            });
    return pending;
  }
}
