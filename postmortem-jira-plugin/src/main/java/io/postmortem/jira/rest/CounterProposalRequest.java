package io.postmortem.jira.rest;

/**
 * Body of {@code POST action-items/{key}/ownership/counter-proposal}. Unknown properties are
 * refused (Jackson's default), so a misspelt field is a 400 rather than silently ignored.
 *
 * @param dueDate ISO yyyy-MM-dd, not in the past
 * @param comment why this date, optional, at most {@link RequestFields#TEXT_MAX} characters
 */
public record CounterProposalRequest(String dueDate, String comment) {}
