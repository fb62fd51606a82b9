package io.postmortem.jira.web;

import io.postmortem.jira.storage.DueDateProposal;
import java.util.List;
import java.util.Map;

/**
 * An open counter-proposal of another due date, on both panels.
 *
 * @param dueDate the proposed date, ISO yyyy-MM-dd
 * @param comment why, possibly empty
 * @param proposedBy the proposer's display name (their user key when the user was deleted)
 */
public record ProposalRow(String dueDate, String comment, String proposedBy) {

  /** Rows for stored proposals, with names from {@code names} (user key when absent). */
  static List<ProposalRow> of(List<DueDateProposal> proposals, Map<String, String> names) {
    return proposals.stream()
        .map(
            p ->
                new ProposalRow(
                    p.proposedDue().toString(),
                    p.comment(),
                    names.getOrDefault(p.userKey(), p.userKey())))
        .toList();
  }
}
