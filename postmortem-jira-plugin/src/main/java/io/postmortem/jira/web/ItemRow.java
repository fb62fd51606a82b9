package io.postmortem.jira.web;

import java.util.List;

/**
 * A remediation action item on the postmortem panel.
 *
 * @param proposals the assignee's open counter-proposals of another due date, which the
 *     postmortem's owner has to answer
 */
public record ItemRow(
    String key,
    String summary,
    String priority,
    String horizon,
    String owner,
    boolean confirmed,
    String due,
    String status,
    List<ProposalRow> proposals) {
  public ItemRow {
    proposals = List.copyOf(proposals);
  }

  /** Whether a proposal waits for the owner's answer (Velocity 1.7 treats empty lists as true). */
  public boolean hasProposals() {
    return !proposals.isEmpty();
  }
}
