package io.postmortem.jira.web;

/** A reviewed incident on the postmortem panel. */
public record IncidentRow(String key, String severity, String resolvedOn) {}
