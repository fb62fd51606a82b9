package io.postmortem.core.remediation;

import java.time.LocalDate;

/**
 * What is known about one person's reminder digests.
 *
 * @param lastSentOn the day their last digest went out, or null when none did
 * @param optedOut whether they asked for no reminder digests
 */
public record DeliveryHistory(LocalDate lastSentOn, boolean optedOut) {
  public static final DeliveryHistory NONE = new DeliveryHistory(null, false);

  /**
   * At most one digest a day (Netflix Dispatch reminds at most daily, feature anchors c3), so a
   * second run on the same day, on another node or after a restart, sends nothing new.
   */
  public boolean allowsDigestOn(LocalDate today) {
    return !optedOut && (lastSentOn == null || lastSentOn.isBefore(today));
  }
}
