package io.postmortem.jira.web;

/** A blameless-language finding with the fingerprint a "keep, because..." override records. */
public record FindingRow(String phrase, String text, String fingerprint) {}
