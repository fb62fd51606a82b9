package io.postmortem.core.postmortem;

import java.time.Instant;
import java.util.Objects;

/**
 * One event on the incident timeline.
 *
 * @param id storage id, or null for an event not stored yet
 * @param at when it happened
 * @param kind what it marks
 * @param text what happened
 * @param sourceUrl optional link to evidence (a graph, a chat message), or null
 */
public record TimelineEvent(
    Long id, Instant at, TimelineEventKind kind, String text, String sourceUrl) {
  public TimelineEvent {
    Objects.requireNonNull(at, "at");
    kind = kind == null ? TimelineEventKind.OTHER : kind;
    text = text == null ? "" : text;
  }
}
