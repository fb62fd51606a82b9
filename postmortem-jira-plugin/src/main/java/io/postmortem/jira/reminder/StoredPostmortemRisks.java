package io.postmortem.jira.reminder;

import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.jira.storage.RiskAcceptanceStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Risk acceptances of many postmortems from the risk acceptance store, in bounded IN queries. */
@Named
public class StoredPostmortemRisks implements PostmortemRisks {
  private final RiskAcceptanceStore store;

  @Inject
  public StoredPostmortemRisks(RiskAcceptanceStore store) {
    this.store = store;
  }

  @Override
  public Map<Long, List<RiskAcceptance>> of(Collection<Long> postmortemIssueIds) {
    return store.forPostmortems(postmortemIssueIds);
  }
}
