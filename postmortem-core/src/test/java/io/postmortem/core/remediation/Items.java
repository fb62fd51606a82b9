package io.postmortem.core.remediation;

import io.postmortem.core.postmortem.ActionItemBuilder;
import io.postmortem.core.postmortem.Severity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Fixtures: an on-track item by default; each wither breaks exactly one property. */
final class Items {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private final ActionItemBuilder item =
      ActionItemBuilder.anActionItem("OPS-1")
          .withDue(TODAY.plusDays(30))
          .createdAt(TODAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC));
  private String key = "OPS-1";
  private Severity severity = Severity.SEV_2;
  private String postmortemOwner = "pat";

  static Items anOnTrackItem() {
    return new Items();
  }

  Items key(String value) {
    key = value;
    item.withKey(value);
    return this;
  }

  Items assignee(String value) {
    item.withAssignee(value);
    return this;
  }

  Items due(LocalDate value) {
    item.withDue(value);
    return this;
  }

  Items unconfirmed() {
    item.unconfirmed();
    return this;
  }

  Items ownerGone() {
    item.withInactiveAssignee();
    return this;
  }

  Items unscheduled() {
    item.unscheduled();
    return this;
  }

  Items created(LocalDate value) {
    item.createdAt(value.atStartOfDay().toInstant(ZoneOffset.UTC));
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
    return new OpenRemediationItem(
        Math.abs(key.hashCode()),
        item.build(),
        "PM-1",
        postmortemOwner,
        severity,
        List.of("Payments"));
  }

  ItemAssessment assessedToday() {
    return assessedOn(TODAY);
  }

  ItemAssessment assessedOn(LocalDate day) {
    return new RemediationClassifier(RemediationPolicy.defaults(), ZoneOffset.UTC)
        .assess(build(), day);
  }
}
