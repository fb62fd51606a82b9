package io.postmortem.jira.reminder;

import io.postmortem.core.remediation.DeliveryHistory;
import io.postmortem.jira.storage.ReminderLedger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Our ledger port in memory, standing for the database every node shares. */
public final class InMemoryLedger implements ReminderLedger {
  public final Map<String, DeliveryHistory> rows = new HashMap<>();

  @Override
  public DeliveryHistory history(String userKey) {
    return rows.getOrDefault(userKey, DeliveryHistory.NONE);
  }

  @Override
  public boolean claim(String userKey, LocalDate day) {
    DeliveryHistory history = history(userKey);
    if (!history.allowsDigestOn(day)) {
      return false;
    }
    rows.put(userKey, new DeliveryHistory(day, false));
    return true;
  }

  @Override
  public void setOptedOut(String userKey, boolean optedOut) {
    rows.put(userKey, new DeliveryHistory(history(userKey).lastSentOn(), optedOut));
  }
}
