package io.postmortem.jira.storage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Calendar dates are stored as ISO strings; a corrupt one reads as absent rather than failing. */
final class Dates {
  private Dates() {}

  static LocalDate parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
