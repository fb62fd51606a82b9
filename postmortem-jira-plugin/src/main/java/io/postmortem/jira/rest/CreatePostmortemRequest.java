package io.postmortem.jira.rest;

import java.util.List;

/**
 * Body of {@code POST incidents/{key}/postmortems}.
 *
 * @param summary the postmortem's summary; required, at most 255 characters
 * @param facilitator user name of the facilitator; optional
 * @param timeline events to start the postmortem's timeline with, as the draft suggested them;
 *     optional, at most {@link IncidentPostmortemResource#MAX_TIMELINE}
 */
public record CreatePostmortemRequest(
    String summary, String facilitator, List<TimelineEventRequest> timeline) {}
