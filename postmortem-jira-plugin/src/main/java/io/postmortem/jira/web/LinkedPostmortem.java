package io.postmortem.jira.web;

/** One postmortem linked to an incident, as the incident panel lists it. */
public record LinkedPostmortem(String key, String summary) {}
