package io.postmortem.jira.setup;

/**
 * One row of the setup preview or report as the page shows it, every text already in the admin's
 * language (the template escapes it).
 *
 * @param kind what sort of object
 * @param name its name in Jira
 * @param outcome what the setup does or did
 * @param why the reason, empty when the outcome says it all
 * @param state the AUI lozenge modifier: {@code success} (in place), {@code complete} (created or
 *     changed), {@code moved} (left alone) or {@code error} (failed)
 */
public record ReportRow(String kind, String name, String outcome, String why, String state) {}
