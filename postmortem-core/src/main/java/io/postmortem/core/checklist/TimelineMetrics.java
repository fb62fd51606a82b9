package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durations from the start of the incident, derived from the timeline; each is null when the
 * timeline lacks one of the two events it needs.
 */
public record TimelineMetrics(
    Duration timeToDetect, Duration timeToMitigate, Duration timeToResolve) {

  public static TimelineMetrics none() {
    return new TimelineMetrics(null, null, null);
  }

  /**
   * Derives the durations from the earliest STARTED event to the earliest DETECTED and MITIGATED
   * and to the latest RESOLVED event (an incident that flared up again is resolved when it last
   * was). A duration that would be negative is left out: the timeline rule reports the disorder.
   */
  public static TimelineMetrics from(List<TimelineEvent> timeline) {
    Instant started = null;
    Instant detected = null;
    Instant mitigated = null;
    Instant resolved = null;
    for (TimelineEvent event : timeline) {
      Instant at = event.at();
      switch (event.kind()) {
        case STARTED -> started = earlier(started, at);
        case DETECTED -> detected = earlier(detected, at);
        case MITIGATED -> mitigated = earlier(mitigated, at);
        case RESOLVED -> resolved = resolved == null || at.isAfter(resolved) ? at : resolved;
        default -> {}
      }
    }
    return new TimelineMetrics(
        since(started, detected), since(started, mitigated), since(started, resolved));
  }

  private static Instant earlier(Instant current, Instant candidate) {
    return current == null || candidate.isBefore(current) ? candidate : current;
  }

  private static Duration since(Instant start, Instant end) {
    if (start == null || end == null || end.isBefore(start)) {
      return null;
    }
    return Duration.between(start, end);
  }

  public Optional<Duration> detect() {
    return Optional.ofNullable(timeToDetect);
  }

  public Optional<Duration> mitigate() {
    return Optional.ofNullable(timeToMitigate);
  }

  public Optional<Duration> resolve() {
    return Optional.ofNullable(timeToResolve);
  }
}
