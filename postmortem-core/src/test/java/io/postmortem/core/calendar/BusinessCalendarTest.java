package io.postmortem.core.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.Test;

public class BusinessCalendarTest {

  private static final LocalDate FRIDAY = LocalDate.of(2027, 1, 1);

  private final BusinessCalendar weekdays = BusinessCalendar.mondayToFriday();

  @Test
  public void skipsTheWeekendWhenAddingBusinessDays() {
    assertEquals(LocalDate.of(2027, 1, 8), weekdays.addBusinessDays(FRIDAY, 5));
    assertEquals(LocalDate.of(2027, 1, 4), weekdays.addBusinessDays(FRIDAY, 1));
  }

  @Test
  public void countsFromASaturdayAsIfFromTheWeekend() {
    assertEquals(LocalDate.of(2027, 1, 8), weekdays.addBusinessDays(LocalDate.of(2027, 1, 2), 5));
  }

  @Test
  public void returnsTheSameDayForZeroBusinessDays() {
    assertEquals(FRIDAY, weekdays.addBusinessDays(FRIDAY, 0));
  }

  @Test
  public void skipsHolidays() {
    BusinessCalendar withHoliday =
        new BusinessCalendar(
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.of(2027, 1, 6)));

    assertEquals(LocalDate.of(2027, 1, 11), withHoliday.addBusinessDays(FRIDAY, 5));
    assertFalse(withHoliday.isBusinessDay(LocalDate.of(2027, 1, 6)));
    assertEquals(4, withHoliday.businessDaysBetween(FRIDAY, LocalDate.of(2027, 1, 8)));
  }

  @Test
  public void countsBusinessDaysBetweenDates() {
    assertEquals(5, weekdays.businessDaysBetween(FRIDAY, LocalDate.of(2027, 1, 8)));
    assertEquals(0, weekdays.businessDaysBetween(FRIDAY, LocalDate.of(2027, 1, 3)));
    assertEquals(0, weekdays.businessDaysBetween(FRIDAY, FRIDAY.minusDays(3)));
  }

  @Test
  public void agreesWithDayByDayCountingOverAYearOfStartDates() {
    BusinessCalendar calendar =
        new BusinessCalendar(
            EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
            Set.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 20)));
    for (int offset = 0; offset < 366; offset++) {
      LocalDate from = FRIDAY.plusDays(offset);
      LocalDate to = from.plusDays(offset % 50);
      long slow = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
        slow += calendar.isBusinessDay(d) ? 1 : 0;
      }
      assertEquals(from + " → " + to, slow, calendar.businessDaysBetween(from, to));
    }
  }

  @Test
  public void countsAcrossMillenniaWithoutWalkingEveryDay() {
    long days = weekdays.businessDaysBetween(LocalDate.MIN, LocalDate.MAX);

    assertTrue(days > 0);
  }

  @Test
  public void givesTheLastRepresentableDateForADeadlineBeyondIt() {
    assertEquals(LocalDate.MAX, weekdays.addBusinessDays(LocalDate.MAX.minusDays(2), 5));
  }

  @Test(expected = IllegalArgumentException.class)
  public void refusesAWeekWithoutBusinessDays() {
    new BusinessCalendar(EnumSet.allOf(DayOfWeek.class), Set.of());
  }
}
