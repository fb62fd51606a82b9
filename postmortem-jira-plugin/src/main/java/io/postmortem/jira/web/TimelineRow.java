package io.postmortem.jira.web;

/** A timeline event on the postmortem panel; {@code at} and {@code kind} feed the edit form. */
public record TimelineRow(
    Long id, String at, String kind, String kindLabel, String text, String sourceUrl) {}
