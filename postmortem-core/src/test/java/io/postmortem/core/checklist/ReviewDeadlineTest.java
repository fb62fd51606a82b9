package io.postmortem.core.checklist;

import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class ReviewDeadlineTest {

  /** The publishable postmortem's incident was resolved on Friday 1 January 2027. */
  private static final LocalDate RESOLVED_ON = LocalDate.of(2027, 1, 1);

  private final BusinessCalendar calendar = BusinessCalendar.mondayToFriday();

  @Test
  public void isTheFifthBusinessDayAfterTheResolutionByDefault() {
    ReviewDeadline deadline =
        ReviewDeadline.of(aPublishablePostmortem().build(), settings(Map.of())).orElseThrow();

    assertEquals(new ReviewDeadline(RESOLVED_ON, LocalDate.of(2027, 1, 8), 5, false), deadline);
  }

  @Test
  public void countsBusinessDaysLeftUpToAndIncludingTheDeadlineAndLatenessAfterIt() {
    ReviewDeadline deadline =
        ReviewDeadline.of(aPublishablePostmortem().build(), settings(Map.of())).orElseThrow();

    assertEquals(5, deadline.businessDaysLeft(LocalDate.of(2027, 1, 1), calendar));
    assertEquals(0, deadline.businessDaysLeft(LocalDate.of(2027, 1, 8), calendar));
    assertEquals(-1, deadline.businessDaysLeft(LocalDate.of(2027, 1, 11), calendar));
  }

  @Test
  public void isEmptyWhileNoIncidentIsResolved() {
    assertEquals(
        Optional.empty(),
        ReviewDeadline.of(aPublishablePostmortem().withIncidents().build(), settings(Map.of())));
  }

  @Test
  public void usesTheSev1CalendarDayLimitWhenItIsShorter() {
    ReviewDeadline deadline =
        ReviewDeadline.of(sev1Postmortem(), settings(Map.of("review.sev1CalendarDays", "3")))
            .orElseThrow();

    assertEquals(new ReviewDeadline(RESOLVED_ON, LocalDate.of(2027, 1, 4), 3, true), deadline);
  }

  @Test
  public void keepsTheBusinessDayDeadlineWhenTheSev1CalendarDayLimitIsLonger() {
    ReviewDeadline deadline =
        ReviewDeadline.of(sev1Postmortem(), settings(Map.of("review.sev1CalendarDays", "10")))
            .orElseThrow();

    assertEquals(new ReviewDeadline(RESOLVED_ON, LocalDate.of(2027, 1, 8), 5, false), deadline);
  }

  @Test
  public void keepsTheBusinessDayDeadlineWhenBothLimitsEndOnTheSameDay() {
    ReviewDeadline deadline =
        ReviewDeadline.of(sev1Postmortem(), settings(Map.of("review.sev1CalendarDays", "7")))
            .orElseThrow();

    assertEquals(new ReviewDeadline(RESOLVED_ON, LocalDate.of(2027, 1, 8), 5, false), deadline);
  }

  @Test
  public void ignoresTheSev1LimitForALessSevereIncident() {
    ReviewDeadline deadline =
        ReviewDeadline.of(
                aPublishablePostmortem().build(), settings(Map.of("review.sev1CalendarDays", "3")))
            .orElseThrow();

    assertEquals(new ReviewDeadline(RESOLVED_ON, LocalDate.of(2027, 1, 8), 5, false), deadline);
  }

  private static Postmortem sev1Postmortem() {
    return aPublishablePostmortem()
        .withIncidents(new Incident("INC-1", Severity.SEV_1, Instant.parse("2027-01-01T10:00:00Z")))
        .build();
  }

  private static ChecklistSettings settings(Map<String, String> raw) {
    return ChecklistSettings.parse(raw).settings();
  }
}
