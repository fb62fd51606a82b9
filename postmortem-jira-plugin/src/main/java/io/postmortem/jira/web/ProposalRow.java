package io.postmortem.jira.web;

/** An open counter-proposal of another due date, on the remediation panel. */
public record ProposalRow(String dueDate, String comment, String proposedBy) {}
