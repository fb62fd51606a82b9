package io.postmortem.jira.storage;

import io.postmortem.core.remediation.DeliveryHistory;
import java.time.LocalDate;

/**
 * Who got a digest on which day and who opted out, kept in the database so that every node and a
 * restarted job see the same history.
 */
public interface ReminderLedger {

  /** The person's history; {@link DeliveryHistory#NONE} when nothing is recorded. */
  DeliveryHistory history(String userKey);

  /**
   * Records that the person gets today's digest, unless one is already recorded for today or they
   * opted out; true when this call won the claim. Claiming before sending means a crash between the
   * two loses a day's digest rather than sending a second one.
   */
  boolean claim(String userKey, LocalDate day);

  void setOptedOut(String userKey, boolean optedOut);
}
