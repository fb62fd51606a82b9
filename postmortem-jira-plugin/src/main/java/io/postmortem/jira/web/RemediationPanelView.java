package io.postmortem.jira.web;

import java.util.List;

/**
 * Everything the remediation item panel shows, already localized; raw text the renderer escapes.
 *
 * @param key the item's key
 * @param postmortems the postmortems the item serves
 * @param assignee whether the viewer is the item's assignee (who alone may confirm)
 * @param confirmed whether the confirmation holds for the current assignee and due date
 * @param dueDate the current due date as ISO yyyy-MM-dd, empty when none: not shown, the panel's
 *     script sends it back with a confirmation so nobody confirms a date changed under them
 * @param confirmation who confirmed and when, localized, empty when not confirmed
 * @param proposals open counter-proposals
 * @param hiddenPostmortems "1 postmortem you cannot see", empty when the viewer sees them all
 */
public record RemediationPanelView(
    String key,
    List<ServedPostmortem> postmortems,
    boolean assignee,
    boolean confirmed,
    String dueDate,
    String confirmation,
    List<ProposalRow> proposals,
    String hiddenPostmortems) {}
