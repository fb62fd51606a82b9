package io.postmortem.core.remediation;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.RiskAcceptance;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what goes into reminder digests: an item's owner hears about it when it is overdue or due
 * within the reminder window; the postmortem's owner hears about items whose owner has not
 * confirmed for a few business days (the handshake gets a chance first), about date proposals
 * waiting for an answer, and about a risk acceptance that is about to expire. Neither depends on
 * whether the incident or the postmortem is closed: only the item being done ends its reminders.
 */
public final class DigestPlanner {
  private final int remindWithinDays;
  private final int unconfirmedBusinessDays;
  private final int riskExpiresWithinDays;
  private final BusinessCalendar calendar;
  private final ZoneId zone;

  /** Unconfirmed items and expiring risks reported at once; for tests of the owner's side. */
  public DigestPlanner(int remindWithinDays) {
    this(remindWithinDays, 0, 0, BusinessCalendar.mondayToFriday(), ZoneOffset.UTC);
  }

  /**
   * @param remindWithinDays how many days before the due date an item's owner hears of it
   * @param unconfirmedBusinessDays business days an item may stay unconfirmed, counted from its
   *     creation, before the postmortem's owner hears of it
   * @param riskExpiresWithinDays how many days before a risk acceptance expires the postmortem's
   *     owner hears of it
   * @param calendar the business days
   * @param zone the zone that turns an item's creation instant into a day
   */
  public DigestPlanner(
      int remindWithinDays,
      int unconfirmedBusinessDays,
      int riskExpiresWithinDays,
      BusinessCalendar calendar,
      ZoneId zone) {
    if (remindWithinDays < 0 || remindWithinDays > RemediationPolicy.MAX_DAYS) {
      throw new IllegalArgumentException("postmortem.reminder.settings.remind-within-days");
    }
    if (unconfirmedBusinessDays < 0 || riskExpiresWithinDays < 0) {
      throw new IllegalArgumentException("postmortem.reminder.settings.negative-days");
    }
    this.remindWithinDays = remindWithinDays;
    this.unconfirmedBusinessDays = unconfirmedBusinessDays;
    this.riskExpiresWithinDays = riskExpiresWithinDays;
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** True when the item's owner should find it in today's digest. */
  public boolean remindsOwner(ItemAssessment assessment) {
    return assessment.item().item().assigneeKey() != null
        && !assessment.item().item().done()
        && assessment.daysUntilDue() != null
        && assessment.daysUntilDue() <= remindWithinDays;
  }

  /** The postmortem owner's line for the item, empty when there is nothing to follow up. */
  public Optional<FollowUp> followUp(
      ItemAssessment assessment, DateProposal pendingProposal, LocalDate today) {
    if (assessment.item().postmortemOwnerKey() == null || assessment.item().item().done()) {
      return Optional.empty();
    }
    if (pendingProposal == null && !unconfirmedLongEnough(assessment, today)) {
      return Optional.empty();
    }
    return Optional.of(new FollowUp(assessment, pendingProposal));
  }

  /**
   * The last day the postmortem's risk acceptance holds, when that day is within the window: the
   * latest-expiring acceptance holding today decides, so a renewed acceptance silences the old one.
   */
  public Optional<LocalDate> riskExpiring(List<RiskAcceptance> acceptances, LocalDate today) {
    return acceptances.stream()
        .filter(acceptance -> acceptance.holdsOn(today))
        .map(RiskAcceptance::expiresOn)
        .max(LocalDate::compareTo)
        .filter(last -> ChronoUnit.DAYS.between(today, last) <= riskExpiresWithinDays);
  }

  /**
   * Unconfirmed for at least the configured business days since the item was created; an owner who
   * is gone is reported at once, since nobody can confirm.
   */
  private boolean unconfirmedLongEnough(ItemAssessment assessment, LocalDate today) {
    if (!assessment.has(RemediationState.NO_CONFIRMED_OWNER)) {
      return false;
    }
    var item = assessment.item().item();
    if (item.assigneeInactive() || item.createdAt() == null) {
      return true;
    }
    LocalDate created = item.createdAt().atZone(zone).toLocalDate();
    return calendar.businessDaysBetween(created, today) >= unconfirmedBusinessDays;
  }

  public int remindWithinDays() {
    return remindWithinDays;
  }
}
