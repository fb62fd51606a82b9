package io.postmortem.core.remediation;

import io.postmortem.core.postmortem.ActionItem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;

/** Puts an open remediation item into its states for a given day. */
public final class RemediationClassifier {
  private final RemediationPolicy policy;
  private final ZoneId zone;

  /**
   * @param zone the zone that turns the item's creation instant into a calendar day, the Jira
   *     default user time zone in the plugin
   */
  public RemediationClassifier(RemediationPolicy policy, ZoneId zone) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  public ItemAssessment assess(OpenRemediationItem openItem, LocalDate today) {
    ActionItem item = openItem.item();
    long age = ageDays(item, today);
    Long daysUntilDue =
        item.dueDate() == null ? null : today.until(item.dueDate(), ChronoUnit.DAYS);
    EnumSet<RemediationState> states = EnumSet.noneOf(RemediationState.class);
    if (daysUntilDue == null) {
      states.add(RemediationState.NO_DUE_DATE);
    } else if (daysUntilDue < 0) {
      states.add(RemediationState.OVERDUE);
    } else if (daysUntilDue <= policy.dueSoonDays()) {
      states.add(RemediationState.DUE_SOON);
    }
    if (!item.isOwnershipConfirmed()) {
      states.add(RemediationState.NO_CONFIRMED_OWNER);
    }
    if (!item.scheduled() && age >= policy.scheduleWithinDays()) {
      states.add(RemediationState.NOT_SCHEDULED);
    }
    if (states.isEmpty()) {
      states.add(RemediationState.ON_TRACK);
    }
    return new ItemAssessment(openItem, states, age, daysUntilDue);
  }

  private long ageDays(ActionItem item, LocalDate today) {
    if (item.createdAt() == null) {
      return 0;
    }
    LocalDate created = item.createdAt().atZone(zone).toLocalDate();
    return Math.max(0, created.until(today, ChronoUnit.DAYS));
  }
}
