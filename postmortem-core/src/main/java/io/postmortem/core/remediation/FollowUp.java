package io.postmortem.core.remediation;

import java.util.Objects;
import java.util.Optional;

/**
 * A line of a postmortem owner's digest: an item whose owner has not confirmed, or whose owner
 * asked for another date.
 *
 * @param assessment the item
 * @param proposal the pending date proposal, or null
 */
public record FollowUp(ItemAssessment assessment, DateProposal proposal) {
  public FollowUp {
    Objects.requireNonNull(assessment, "assessment");
  }

  public Optional<DateProposal> pendingProposal() {
    return Optional.ofNullable(proposal);
  }

  public boolean ownerUnconfirmed() {
    return assessment.has(RemediationState.NO_CONFIRMED_OWNER);
  }
}
