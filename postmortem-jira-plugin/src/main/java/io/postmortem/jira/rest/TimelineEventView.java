package io.postmortem.jira.rest;

import io.postmortem.core.postmortem.TimelineEvent;

/** JSON of one timeline event. */
public record TimelineEventView(Long id, String at, String kind, String text, String sourceUrl) {
  static TimelineEventView of(TimelineEvent event) {
    return new TimelineEventView(
        event.id(), event.at().toString(), event.kind().name(), event.text(), event.sourceUrl());
  }
}
