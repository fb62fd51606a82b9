package io.postmortem.jira.application.http;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How a refusal shows a date or an instant: in the viewer's Jira format and time zone, as the rest
 * of the app does. Implemented where those formats live ({@code MessageTexts}), so this package
 * does not depend on the checklist's.
 */
public interface ViewerDates {

  /** A day as the viewer's Jira shows dates. */
  String day(LocalDate day);

  /** An instant in the viewer's time zone and date-time format. */
  String moment(Instant instant);
}
