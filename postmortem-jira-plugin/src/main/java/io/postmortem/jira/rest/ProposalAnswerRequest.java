package io.postmortem.jira.rest;

/**
 * Body of the postmortem owner's answer to a counter-proposal. A JSON body is required even to
 * accept (use {@code {}}): it is what keeps the call out of reach of cross-site forms.
 *
 * @param reason why the date is declined; required to decline, at most {@link
 *     RequestFields#TEXT_MAX} characters, ignored when accepting
 */
public record ProposalAnswerRequest(String reason) {}
