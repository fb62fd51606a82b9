package io.postmortem.jira.web;

/** A postmortem that a remediation item serves. */
public record ServedPostmortem(String key, String summary) {}
