package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.postmortem.jira.application.http.RestFailure;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/**
 * A date a user picks for a risk acceptance's expiry or an item's new due date: from today up to
 * and including the last day of the horizon; one day either side is a 400 naming the field and the
 * bound.
 */
public class RequestFieldsTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
  private static final int HORIZON_DAYS = 365;

  @Test
  public void acceptsAnAcceptanceThatExpiresToday() {
    assertEquals(TODAY, RequestFields.dateWithin("expiresOn", "2027-03-10", TODAY, HORIZON_DAYS));
  }

  @Test
  public void refusesAnAcceptanceThatExpiredYesterday() {
    RestFailure failure =
        assertThrows(
            RestFailure.class,
            () -> RequestFields.dateWithin("expiresOn", "2027-03-09", TODAY, HORIZON_DAYS));

    assertEquals(400, failure.status());
    assertEquals("expiresOn", failure.field());
    assertEquals(RequestFields.KEY_DATE_IN_PAST, failure.messageKey());
    assertEquals(List.of("expiresOn", LocalDate.parse("2027-03-10")), failure.args());
  }

  @Test
  public void acceptsTheLastDayOfTheHorizon() {
    assertEquals(
        TODAY.plusDays(HORIZON_DAYS),
        RequestFields.dateWithin("expiresOn", "2028-03-09", TODAY, HORIZON_DAYS));
  }

  @Test
  public void refusesTheDayAfterTheHorizonNamingItsLastDay() {
    RestFailure failure =
        assertThrows(
            RestFailure.class,
            () -> RequestFields.dateWithin("expiresOn", "2028-03-10", TODAY, HORIZON_DAYS));

    assertEquals("expiresOn", failure.field());
    assertEquals(RequestFields.KEY_DATE_BEYOND, failure.messageKey());
    assertEquals(List.of("expiresOn", LocalDate.parse("2028-03-09")), failure.args());
  }
}
