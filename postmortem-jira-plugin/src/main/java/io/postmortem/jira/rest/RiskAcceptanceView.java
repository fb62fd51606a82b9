package io.postmortem.jira.rest;

import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.jira.application.checklist.MessageText;
import java.time.LocalDate;

/**
 * JSON of a risk acceptance and whether it holds today; the approver as user key and display name
 * ({@code "KEY (deleted user)"} once the user is gone).
 */
public record RiskAcceptanceView(
    String acceptedBy,
    String acceptedByName,
    String acceptedAt,
    String reason,
    String expiresOn,
    boolean holds) {

  static RiskAcceptanceView of(RiskAcceptance acceptance, LocalDate today, MessageText text) {
    return new RiskAcceptanceView(
        acceptance.userKey(),
        text.user(acceptance.userKey()),
        acceptance.acceptedAt().toString(),
        acceptance.reason(),
        acceptance.expiresOn() == null ? null : acceptance.expiresOn().toString(),
        acceptance.holdsOn(today));
  }
}
