package io.postmortem.core.postmortem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stakeholder's recorded acceptance of the risk of recurrence when no Critical/High item is
 * planned. It expires, so the decision comes back for review instead of being forgotten.
 *
 * @param userKey who accepted
 * @param acceptedAt when
 * @param reason why
 * @param expiresOn the last day the acceptance holds
 */
public record RiskAcceptance(
    String userKey, Instant acceptedAt, String reason, LocalDate expiresOn) {
  public RiskAcceptance {
    Objects.requireNonNull(userKey, "userKey");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    reason = reason == null ? "" : reason;
  }

  /** Holds on {@code today} when it has a reason and has not expired. */
  public boolean holdsOn(LocalDate today) {
    return !reason.isBlank() && expiresOn != null && !today.isAfter(expiresOn);
  }
}
