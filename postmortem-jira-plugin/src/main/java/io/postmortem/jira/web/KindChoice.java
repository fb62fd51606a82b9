package io.postmortem.jira.web;

/** A timeline event kind offered in the add form: value sent, label shown. */
public record KindChoice(String value, String label) {}
