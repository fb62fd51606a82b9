package io.postmortem.core.postmortem;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Withdrawing a risk acceptance ends it the day before instead of deleting it, so the decision and
 * its reason stay on the postmortem's record.
 */
public final class RiskWithdrawal {

  private RiskWithdrawal() {}

  /**
   * The acceptance as it reads after being withdrawn on {@code today}: the same decision, ending
   * yesterday. Empty when it does not hold on {@code today} (expired or without a reason), since
   * there is nothing left to withdraw.
   */
  public static Optional<RiskAcceptance> on(RiskAcceptance acceptance, LocalDate today) {
    if (!acceptance.holdsOn(today)) {
      return Optional.empty();
    }
    return Optional.of(
        new RiskAcceptance(
            acceptance.userKey(),
            acceptance.acceptedAt(),
            acceptance.reason(),
            today.minusDays(1)));
  }
}
