package io.postmortem.core.remediation;

import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Fixtures: an on-track item by default; each wither breaks exactly one property. */
final class Items {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private String key = "OPS-1";
  private String assignee = "alice";
  private LocalDate due = TODAY.plusDays(30);
  private boolean confirmed = true;
  private boolean scheduled = true;
  private LocalDate created = TODAY.minusDays(3);
  private Severity severity = Severity.SEV_2;
  private String postmortemOwner = "pat";

  static Items anOnTrackItem() {
    return new Items();
  }

  Items key(String value) {
    key = value;
    return this;
  }

  Items assignee(String value) {
    assignee = value;
    return this;
  }

  Items due(LocalDate value) {
    due = value;
    return this;
  }

  Items unconfirmed() {
    confirmed = false;
    return this;
  }

  Items unscheduled() {
    scheduled = false;
    return this;
  }

  Items created(LocalDate value) {
    created = value;
    return this;
  }

  Items severity(Severity value) {
    severity = value;
    return this;
  }

  Items postmortemOwner(String value) {
    postmortemOwner = value;
    return this;
  }

  OpenRemediationItem build() {
    OwnershipConfirmation confirmation =
        confirmed && assignee != null
            ? new OwnershipConfirmation(assignee, Instant.parse("2026-11-20T10:00:00Z"), due)
            : null;
    ActionItem item =
        new ActionItem(
            key,
            "Add an alert on queue depth",
            PriorityLevel.HIGH,
            Horizon.SHORT_TERM,
            assignee,
            due,
            false,
            confirmation,
            "alert fires in the game day",
            scheduled,
            created.atStartOfDay().toInstant(ZoneOffset.UTC));
    return new OpenRemediationItem(
        Math.abs(key.hashCode()), item, "PM-1", postmortemOwner, severity, List.of("Payments"));
  }

  ItemAssessment assessedToday() {
    return new RemediationClassifier(RemediationPolicy.defaults(), ZoneOffset.UTC)
        .assess(build(), TODAY);
  }
}
