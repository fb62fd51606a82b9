package io.postmortem.core.checklist;

import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.calendar.BusinessCalendar;
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

  private static ChecklistSettings settings(Map<String, String> raw) {
    return ChecklistSettings.parse(raw).settings();
  }
}
