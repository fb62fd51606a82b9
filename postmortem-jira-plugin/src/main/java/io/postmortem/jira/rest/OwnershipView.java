package io.postmortem.jira.rest;

import com.atlassian.jira.issue.Issue;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.storage.DueDateProposal;
import java.util.List;

/**
 * JSON of an action item's ownership: whether the confirmation still holds for the current assignee
 * and due date, and the open counter-proposals. Each user comes as the stored key (stable, for
 * scripts) and a display name for people ({@code "KEY (deleted user)"} once the user is gone).
 */
public record OwnershipView(
    String key,
    boolean confirmed,
    String confirmedBy,
    String confirmedByName,
    String confirmedAt,
    String agreedDueDate,
    List<ProposalView> proposals) {

  static OwnershipView of(
      Issue item,
      OwnershipConfirmation confirmation,
      List<DueDateProposal> proposals,
      MessageText text) {
    String assignee = item.getAssignee() == null ? null : item.getAssignee().getKey();
    boolean holds =
        confirmation != null && confirmation.holdsFor(assignee, OwnershipResource.dueDateOf(item));
    return new OwnershipView(
        item.getKey(),
        holds,
        confirmation == null ? null : confirmation.userKey(),
        confirmation == null ? null : text.user(confirmation.userKey()),
        confirmation == null ? null : confirmation.confirmedAt().toString(),
        confirmation == null || confirmation.agreedDueDate() == null
            ? null
            : confirmation.agreedDueDate().toString(),
        proposals.stream().map(p -> ProposalView.of(p, text)).toList());
  }

  /** One counter-proposal. */
  public record ProposalView(
      long id,
      String proposedBy,
      String proposedByName,
      String dueDate,
      String comment,
      String createdAt) {
    static ProposalView of(DueDateProposal p, MessageText text) {
      return new ProposalView(
          p.id(),
          p.userKey(),
          text.user(p.userKey()),
          p.proposedDue().toString(),
          p.comment(),
          p.createdAt().toString());
    }
  }
}
