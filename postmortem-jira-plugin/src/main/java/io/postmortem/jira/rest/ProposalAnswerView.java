package io.postmortem.jira.rest;

/**
 * The result of answering a counter-proposal.
 *
 * @param itemKey the action item
 * @param answer {@code ACCEPTED} or {@code DECLINED}
 * @param dueDate the proposed date, ISO yyyy-MM-dd; the item's due date when accepted
 * @param confirmedBy the proposer's user key, whose confirmation the acceptance records; null when
 *     declined
 * @param confirmedByName the proposer's display name ("KEY (deleted user)" once the user is gone);
 *     null when declined
 */
public record ProposalAnswerView(
    String itemKey, String answer, String dueDate, String confirmedBy, String confirmedByName) {}
