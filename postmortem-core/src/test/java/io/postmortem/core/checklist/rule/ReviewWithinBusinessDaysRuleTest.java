package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ReviewWithinBusinessDaysRuleTest {

  /** Resolved Friday 1 January 2027; five business days later is Friday 8 January. */
  private static final LocalDate RESOLVED_ON = LocalDate.of(2027, 1, 1);

  private static final LocalDate DEADLINE = LocalDate.of(2027, 1, 8);

  private final ReviewWithinBusinessDaysRule rule = new ReviewWithinBusinessDaysRule();

  @Test
  public void passesWhenTheMeetingIsOnTheFifthBusinessDay() {
    Postmortem postmortem = aPublishablePostmortem().withReviewMeetingOn(DEADLINE).build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenTheMeetingIsOnTheSixthBusinessDay() {
    LocalDate monday = LocalDate.of(2027, 1, 11);
    Postmortem postmortem = aPublishablePostmortem().withReviewMeetingOn(monday).build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.review-within-business-days.late"), keys(violations));
    assertEquals(
        List.of(day(monday), day(RESOLVED_ON), day(DEADLINE), count(5), count(6)),
        violations.get(0).args());
  }

  @Test
  public void skipsConfiguredHolidays() {
    Postmortem postmortem =
        aPublishablePostmortem().withReviewMeetingOn(LocalDate.of(2027, 1, 11)).build();

    List<Violation> violations =
        check(rule, postmortem, settings("calendar.holidays", "2027-01-06"), TODAY);

    assertEquals(List.of(), violations);
  }

  @Test
  public void takesTheLatestResolutionAmongSeveralIncidents() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(
                new Incident("INC-1", Severity.SEV_2, Instant.parse("2026-12-20T10:00:00Z")),
                new Incident("INC-2", Severity.SEV_3, Instant.parse("2027-01-01T10:00:00Z")))
            .withReviewMeetingOn(DEADLINE)
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsAMeetingLateForTheLatestResolutionNamingThatDay() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(
                new Incident("INC-1", Severity.SEV_2, Instant.parse("2026-12-20T10:00:00Z")),
                new Incident("INC-2", Severity.SEV_3, Instant.parse("2027-01-01T10:00:00Z")))
            .withReviewMeetingOn(LocalDate.of(2027, 1, 11))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.review-within-business-days.late"), keys(violations));
    assertEquals(day(RESOLVED_ON), violations.get(0).args().get(1));
  }

  @Test
  public void passesWithoutMeetingDateWhileTheDeadlineIsAhead() {
    Postmortem postmortem = aPublishablePostmortem().withReviewMeetingOn(null).build();

    assertEquals(List.of(), check(rule, postmortem, settings(), DEADLINE));
  }

  @Test
  public void failsWithoutMeetingDateOnceTheDeadlineHasPassed() {
    Postmortem postmortem = aPublishablePostmortem().withReviewMeetingOn(null).build();

    List<Violation> violations = check(rule, postmortem, settings(), DEADLINE.plusDays(1));

    assertEquals(List.of("postmortem.rule.review-within-business-days.not-held"), keys(violations));
    assertEquals(List.of(day(RESOLVED_ON), day(DEADLINE), count(5)), violations.get(0).args());
  }

  @Test
  public void failsWhenASev1ReviewMissesTheShorterCalendarDayLimit() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(
                new Incident("INC-1", Severity.SEV_1, Instant.parse("2027-01-01T10:00:00Z")))
            .withReviewMeetingOn(LocalDate.of(2027, 1, 5))
            .build();

    List<Violation> violations =
        check(rule, postmortem, settings("review.sev1CalendarDays", "3"), TODAY);

    assertEquals(
        List.of("postmortem.rule.review-within-business-days.late-sev1"), keys(violations));
    assertEquals(day(LocalDate.of(2027, 1, 4)), violations.get(0).args().get(2));
  }

  @Test
  public void passesWhileTheIncidentIsUnresolved() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(new Incident("INC-1", Severity.SEV_1, null))
            .withReviewMeetingOn(null)
            .build();

    assertEquals(List.of(), check(rule, postmortem, settings(), LocalDate.of(2030, 1, 1)));
  }

  @Test
  public void failsOnceThatIncidentIsResolvedAndNoMeetingWasHeld() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withIncidents(
                new Incident("INC-1", Severity.SEV_1, Instant.parse("2027-01-01T10:00:00Z")))
            .withReviewMeetingOn(null)
            .build();

    assertEquals(
        List.of("postmortem.rule.review-within-business-days.not-held"),
        keys(check(rule, postmortem, settings(), LocalDate.of(2030, 1, 1))));
  }
}
