package io.postmortem.jira.rest;

/**
 * Body of {@code PUT postmortems/{key}/recurrences/{candidate}}.
 *
 * @param verdict {@code RELATED}, {@code UNRELATED} or {@code UNMARKED}; required
 */
public record RecurrenceRequest(String verdict) {}
