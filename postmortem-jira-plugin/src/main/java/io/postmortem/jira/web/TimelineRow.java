package io.postmortem.jira.web;

/**
 * A timeline event on the postmortem panel; {@code at} (ISO-8601) and {@code kind} feed the edit
 * form, {@code shownAt} is the time as the viewer reads it (their format and time zone).
 */
public record TimelineRow(
    Long id,
    String at,
    String shownAt,
    String kind,
    String kindLabel,
    String text,
    String sourceUrl) {}
