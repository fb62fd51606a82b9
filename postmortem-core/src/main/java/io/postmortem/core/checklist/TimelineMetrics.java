package io.postmortem.core.checklist;

import java.time.Duration;
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
