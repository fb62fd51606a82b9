package io.postmortem.jira.rest;

import java.util.List;

/**
 * JSON of what the "Create postmortem" dialog starts with.
 *
 * @param incidentKey the incident the postmortem will be linked to
 * @param projectKey the project it will be created in
 * @param summary the suggested summary, in the caller's language
 * @param facilitator user name of the suggested facilitator, empty when none
 * @param severity SEV_1..SEV_4, or NONE
 * @param suggestions timeline events from the incident's history, oldest first
 */
public record PostmortemDraftView(
    String incidentKey,
    String projectKey,
    String summary,
    String facilitator,
    String severity,
    List<TimelineEventView> suggestions) {}
