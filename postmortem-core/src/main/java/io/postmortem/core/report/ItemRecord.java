package io.postmortem.core.report;

import io.postmortem.core.postmortem.Severity;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One remediation item as the report counts it.
 *
 * @param key issue key
 * @param severity the worst severity of the incidents its postmortem reviews
 * @param created the day it was created
 * @param due its due date, or null
 * @param resolved the day it was resolved, or null while open
 */
public record ItemRecord(
    String key, Severity severity, LocalDate created, LocalDate due, LocalDate resolved) {
  public ItemRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(created, "created");
    severity = severity == null ? Severity.NONE : severity;
  }

  boolean openOn(LocalDate day) {
    return !created.isAfter(day) && (resolved == null || resolved.isAfter(day));
  }

  boolean overdueOn(LocalDate day) {
    return openOn(day) && due != null && due.isBefore(day);
  }
}
