package io.postmortem.jira.rest;

import io.postmortem.core.postmortem.RiskAcceptance;
import java.time.LocalDate;

/** JSON of a risk acceptance and whether it holds today. */
public record RiskAcceptanceView(
    String acceptedBy, String acceptedAt, String reason, String expiresOn, boolean holds) {

  static RiskAcceptanceView of(RiskAcceptance acceptance, LocalDate today) {
    return new RiskAcceptanceView(
        acceptance.userKey(),
        acceptance.acceptedAt().toString(),
        acceptance.reason(),
        acceptance.expiresOn() == null ? null : acceptance.expiresOn().toString(),
        acceptance.holdsOn(today));
  }
}
