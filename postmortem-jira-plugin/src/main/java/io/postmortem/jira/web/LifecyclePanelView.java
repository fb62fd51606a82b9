package io.postmortem.jira.web;

import java.util.List;

/**
 * What the postmortem's "Next steps" panel shows: the review-meeting deadline, the
 * counter-proposals waiting for the owner's answer, and the risk acceptances with the form to add
 * one. Values are raw text that the template renderer escapes.
 *
 * @param key the postmortem's key
 * @param deadline the review deadline, ISO yyyy-MM-dd, empty while no incident is resolved
 * @param daysLeft the business days left (or late), localized; empty without a deadline
 * @param deadlineLozenge AUI lozenge modifier for the deadline: success, current or error
 * @param owner whether the viewer owns the postmortem and so answers the proposals
 * @param proposals counter-proposals waiting for the owner's answer
 * @param mayAcceptRisk whether the viewer may accept the risk (configured role or project admin)
 * @param risks the recorded risk acceptances, newest first
 */
public record LifecyclePanelView(
    String key,
    String deadline,
    String daysLeft,
    String deadlineLozenge,
    boolean owner,
    List<AnswerRow> proposals,
    boolean mayAcceptRisk,
    List<RiskRow> risks) {

  public LifecyclePanelView {
    proposals = List.copyOf(proposals);
    risks = List.copyOf(risks);
  }

  /** Whether there is a deadline to show (Velocity 1.7 treats empty strings as true). */
  public boolean hasDeadline() {
    return !deadline.isEmpty();
  }

  /** Whether a proposal waits for an answer. */
  public boolean hasProposals() {
    return !proposals.isEmpty();
  }

  /** Whether any risk acceptance was recorded. */
  public boolean hasRisks() {
    return !risks.isEmpty();
  }
}
