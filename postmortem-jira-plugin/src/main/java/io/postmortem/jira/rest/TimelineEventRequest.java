package io.postmortem.jira.rest;

/**
 * Body of {@code POST postmortems/{key}/timeline} and {@code PUT .../timeline/{id}}.
 *
 * @param at ISO-8601 instant with offset, e.g. {@code 2026-11-20T08:15:00Z}; required
 * @param kind STARTED, DETECTED, ESCALATED, MITIGATED, RESOLVED or OTHER; required
 * @param text what happened; required, at most {@link RequestFields#TEXT_MAX} characters
 * @param sourceUrl optional http(s) link to evidence
 */
public record TimelineEventRequest(String at, String kind, String text, String sourceUrl) {}
