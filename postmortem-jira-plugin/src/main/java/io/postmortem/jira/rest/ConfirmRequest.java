package io.postmortem.jira.rest;

/**
 * Body of {@code POST action-items/{key}/ownership}.
 *
 * @param dueDate the due date the assignee saw and agrees to (ISO yyyy-MM-dd), null when the item
 *     has none
 */
public record ConfirmRequest(String dueDate) {}
