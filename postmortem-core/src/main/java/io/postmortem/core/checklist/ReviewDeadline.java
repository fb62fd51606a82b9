package io.postmortem.core.checklist;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The day by which a postmortem's review meeting must have taken place: N business days after the
 * latest resolution among its incidents, or, for a Sev-1 with a shorter calendar-day limit
 * configured, that many calendar days. The {@code review-within-business-days} rule checks against
 * it and the postmortem panel shows it, so both always name the same day.
 *
 * @param resolvedOn the day the last incident was resolved, in the project's zone
 * @param deadline the last day the meeting may take place
 * @param limit the number of days allowed
 * @param sev1CalendarDays whether {@code limit} counts calendar days (the Sev-1 limit)
 */
public record ReviewDeadline(
    LocalDate resolvedOn, LocalDate deadline, int limit, boolean sev1CalendarDays) {

  /** The deadline; empty while no incident is resolved, since nothing counts yet. */
  public static Optional<ReviewDeadline> of(Postmortem postmortem, ChecklistSettings settings) {
    Optional<LocalDate> resolved =
        postmortem.latestResolution().flatMap(at -> dayOf(at, settings.zone()));
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    LocalDate deadline =
        settings.calendar().addBusinessDays(resolved.get(), settings.reviewBusinessDays());
    OptionalInt sev1Days = settings.sev1ReviewCalendarDays();
    if (sev1Days.isPresent() && postmortem.worstSeverity() == Severity.SEV_1) {
      LocalDate sev1Deadline = plusDays(resolved.get(), sev1Days.getAsInt());
      if (sev1Deadline.isBefore(deadline)) {
        return Optional.of(
            new ReviewDeadline(resolved.get(), sev1Deadline, sev1Days.getAsInt(), true));
      }
    }
    return Optional.of(
        new ReviewDeadline(resolved.get(), deadline, settings.reviewBusinessDays(), false));
  }

  /**
   * Business days from {@code today} up to and including the deadline: 0 on the deadline itself,
   * negative once it has passed (how many business days late).
   */
  public long businessDaysLeft(LocalDate today, BusinessCalendar calendar) {
    return today.isAfter(deadline)
        ? -calendar.businessDaysBetween(deadline, today)
        : calendar.businessDaysBetween(today, deadline);
  }

  private static Optional<LocalDate> dayOf(Instant instant, ZoneId zone) {
    try {
      return Optional.of(LocalDate.ofInstant(instant, zone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static LocalDate plusDays(LocalDate date, int days) {
    try {
      return date.plusDays(days);
    } catch (DateTimeException e) {
      return LocalDate.MAX;
    }
  }
}
