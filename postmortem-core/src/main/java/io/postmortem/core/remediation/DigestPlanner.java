package io.postmortem.core.remediation;

import java.util.Optional;

/**
 * Decides what goes into reminder digests: an item's owner hears about it when it is overdue or due
 * within the reminder window; the postmortem's owner hears about items whose owner has not
 * confirmed and about date proposals waiting for an answer. Neither depends on whether the incident
 * or the postmortem is closed: only the item being done ends its reminders.
 */
public final class DigestPlanner {
  private final int remindWithinDays;

  public DigestPlanner(int remindWithinDays) {
    if (remindWithinDays < 0 || remindWithinDays > RemediationPolicy.MAX_DAYS) {
      throw new IllegalArgumentException("postmortem.reminder.settings.remind-within-days");
    }
    this.remindWithinDays = remindWithinDays;
  }

  /** True when the item's owner should find it in today's digest. */
  public boolean remindsOwner(ItemAssessment assessment) {
    return assessment.item().item().assigneeKey() != null
        && !assessment.item().item().done()
        && assessment.daysUntilDue() != null
        && assessment.daysUntilDue() <= remindWithinDays;
  }

  /** The postmortem owner's line for the item, empty when there is nothing to follow up. */
  public Optional<FollowUp> followUp(ItemAssessment assessment, DateProposal pendingProposal) {
    if (assessment.item().postmortemOwnerKey() == null || assessment.item().item().done()) {
      return Optional.empty();
    }
    if (pendingProposal == null && !assessment.has(RemediationState.NO_CONFIRMED_OWNER)) {
      return Optional.empty();
    }
    return Optional.of(new FollowUp(assessment, pendingProposal));
  }

  public int remindWithinDays() {
    return remindWithinDays;
  }
}
