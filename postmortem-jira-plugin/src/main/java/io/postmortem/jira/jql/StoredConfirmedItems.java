package io.postmortem.jira.jql;

import io.postmortem.jira.storage.OwnershipStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Confirmed items as the ownership store records them. */
@Named
public class StoredConfirmedItems implements ConfirmedItems {
  private final OwnershipStore store;

  @Inject
  public StoredConfirmedItems(OwnershipStore store) {
    this.store = store;
  }

  @Override
  public List<Long> confirmedItemIds(int limit) {
    return store.confirmedIssueIds(limit);
  }
}
