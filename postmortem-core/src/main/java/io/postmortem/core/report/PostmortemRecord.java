package io.postmortem.core.report;

import io.postmortem.core.postmortem.Severity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published postmortem as the report counts it.
 *
 * @param key issue key
 * @param severity the worst severity of the incidents it reviews
 * @param incidentResolved the day the (last) incident was resolved, or null
 * @param published the day it was published
 * @param timeToDetect from the timeline, or null
 * @param timeToMitigate from the timeline, or null
 * @param timeToResolve from the timeline, or null
 */
public record PostmortemRecord(
    String key,
    Severity severity,
    LocalDate incidentResolved,
    LocalDate published,
    Duration timeToDetect,
    Duration timeToMitigate,
    Duration timeToResolve) {
  public PostmortemRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(published, "published");
    severity = severity == null ? Severity.NONE : severity;
  }
}
