package io.postmortem.core.postmortem;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An incident a postmortem reviews.
 *
 * @param key issue key, e.g. {@code INC-7}
 * @param severity mapped severity, {@link Severity#NONE} when the incident carries none
 * @param resolvedAt when the incident was resolved, or null while it is still open
 */
public record Incident(String key, Severity severity, Instant resolvedAt) {
  public Incident {
    Objects.requireNonNull(key, "key");
    severity = severity == null ? Severity.NONE : severity;
  }

  public Optional<Instant> resolution() {
    return Optional.ofNullable(resolvedAt);
  }
}
