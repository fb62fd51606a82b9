package io.postmortem.core.remediation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An owner's counter-proposal of a new due date that the postmortem owner has not answered yet.
 *
 * @param itemIssueId the item's issue id
 * @param proposedByKey user key of the proposer
 * @param proposedDueDate the date they proposed
 */
public record DateProposal(long itemIssueId, String proposedByKey, LocalDate proposedDueDate) {
  public DateProposal {
    Objects.requireNonNull(proposedByKey, "proposedByKey");
    Objects.requireNonNull(proposedDueDate, "proposedDueDate");
  }
}
