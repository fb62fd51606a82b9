package io.postmortem.jira.rest;

/** JSON of a created postmortem: its key and where to open it. */
public record CreatedPostmortemView(String key, String url) {}
