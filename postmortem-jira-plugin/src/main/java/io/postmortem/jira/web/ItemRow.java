package io.postmortem.jira.web;

/** A remediation action item on the postmortem panel. */
public record ItemRow(
    String key,
    String summary,
    String priority,
    String horizon,
    String owner,
    boolean confirmed,
    String due,
    String status) {}
