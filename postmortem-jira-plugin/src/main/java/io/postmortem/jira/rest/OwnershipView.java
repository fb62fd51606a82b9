package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.storage.DueDateProposal;
import java.util.List;

/**
 * JSON of an action item's ownership: whether the confirmation still holds for the current assignee
 * and due date, and the open counter-proposals.
 */
public record OwnershipView(
    String key,
    boolean confirmed,
    String confirmedBy,
    String confirmedAt,
    String agreedDueDate,
    List<ProposalView> proposals) {

  static OwnershipView of(
      Issue item, OwnershipConfirmation confirmation, List<DueDateProposal> proposals) {
    String assignee = item.getAssignee() == null ? null : item.getAssignee().getKey();
    boolean holds =
        confirmation != null && confirmation.holdsFor(assignee, OwnershipResource.dueDateOf(item));
    return new OwnershipView(
        item.getKey(),
        holds,
        confirmation == null ? null : confirmation.userKey(),
        confirmation == null ? null : confirmation.confirmedAt().toString(),
        confirmation == null || confirmation.agreedDueDate() == null
            ? null
            : confirmation.agreedDueDate().toString(),
        proposals.stream().map(ProposalView::of).toList());
  }

  /** One counter-proposal. */
  public record ProposalView(
      long id, String proposedBy, String dueDate, String comment, String createdAt) {
    static ProposalView of(DueDateProposal p) {
      return new ProposalView(
          p.id(), p.userKey(), p.proposedDue().toString(), p.comment(), p.createdAt().toString());
    }
  }
}
