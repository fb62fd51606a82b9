package io.postmortem.jira.web;

import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.storage.DueDateProposal;
import java.util.List;

/**
 * An open counter-proposal of another due date, on both panels.
 *
 * @param dueDate the proposed date in the viewer's date format
 * @param comment why, possibly empty
 * @param proposedBy the proposer's display name ("KEY (deleted user)" when the user was deleted)
 */
public record ProposalRow(String dueDate, String comment, String proposedBy) {

  /** Rows for stored proposals, written for the reader of {@code text}. */
  static List<ProposalRow> of(List<DueDateProposal> proposals, MessageText text) {
    return proposals.stream()
        .map(p -> new ProposalRow(text.day(p.proposedDue()), p.comment(), text.user(p.userKey())))
        .toList();
  }
}
