package io.postmortem.core.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of a team: every day except the weekend days and the configured holidays. Review
 * deadlines count in business days (PagerDuty: within 5 business days of the incident), so a Friday
 * incident does not lose its weekend.
 */
public final class BusinessCalendar {

  private final Set<DayOfWeek> weekend;
  private final NavigableSet<LocalDate> holidays;

  public BusinessCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
    if (this.weekend.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("a week needs at least one business day");
    }
    this.holidays = new TreeSet<>(holidays);
  }

  /** Saturday and Sunday off, no holidays. */
  public static BusinessCalendar mondayToFriday() {
    return new BusinessCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
  }

  public boolean isBusinessDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not after
   * {@code from}. Counts whole weeks arithmetically, so far-apart dates cost no more than close
   * ones.
   */
  public long businessDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(from, to);
    long weeks = days / 7;
    long count = weeks * (7 - weekend.size());
    LocalDate cursor = from.plusDays(weeks * 7);
    while (cursor.isBefore(to)) {
      cursor = cursor.plusDays(1);
      if (!weekend.contains(cursor.getDayOfWeek())) {
        count++;
      }
    }
    for (LocalDate holiday : holidays.subSet(from.plusDays(1), true, to, true)) {
      if (!weekend.contains(holiday.getDayOfWeek())) {
        count--;
      }
    }
    return count;
  }

  /**
   * The day on which {@code businessDays} business days after {@code from} have passed: a deadline.
   * Zero gives {@code from} itself. Deadlines beyond the last representable date are {@link
   * LocalDate#MAX}, which no date can miss.
   */
  public LocalDate addBusinessDays(LocalDate from, int businessDays) {
    LocalDate cursor = from;
    int remaining = businessDays;
    try {
      while (remaining > 0) {
        cursor = cursor.plusDays(1);
        if (isBusinessDay(cursor)) {
          remaining--;
        }
      }
      return cursor;
    } catch (DateTimeException e) {
      return LocalDate.MAX;
    }
  }
}
