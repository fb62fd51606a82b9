package io.postmortem.jira.web;

/**
 * A counter-proposal the postmortem's owner can accept or decline.
 *
 * @param id the proposal's id, for the answer's REST call
 * @param itemKey the action item
 * @param dueDate the proposed date in the viewer's date format
 * @param comment the assignee's reason, possibly empty
 * @param proposedBy the assignee's display name
 */
public record AnswerRow(
    String id, String itemKey, String dueDate, String comment, String proposedBy) {}
