package io.postmortem.core.recurrence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.incident.StatusCategory;
import io.postmortem.core.recurrence.Reopening.Decision;
import io.postmortem.core.recurrence.Reopening.Transition;
import java.util.List;
import java.util.OptionalInt;
import org.junit.Test;

public class ReopeningTest {

  @Test
  public void aDoneItemIsReopenedOnlyWhenItsProjectAsksAndTheAuthorMayTransitionIt() {
    assertEquals(Decision.REOPEN, Reopening.decide(true, true, true));
    assertEquals(Decision.SETTING_OFF, Reopening.decide(false, true, true));
    assertEquals(Decision.HIDDEN, Reopening.decide(true, true, false));
  }

  @Test
  public void anOpenItemIsLeftAloneAndNotCountedAsHidden() {
    assertEquals(Decision.OPEN, Reopening.decide(true, false, true));
    assertEquals(Decision.OPEN, Reopening.decide(true, false, false));
    assertEquals(Decision.SETTING_OFF, Reopening.decide(false, false, false));
  }

  @Test
  public void prefersATransitionBackToToDoOverOneToInProgressWhateverTheOrder() {
    List<Transition> out =
        List.of(
            new Transition(11, StatusCategory.DONE),
            new Transition(21, StatusCategory.IN_PROGRESS),
            new Transition(31, StatusCategory.TO_DO),
            new Transition(41, StatusCategory.TO_DO));

    assertEquals(OptionalInt.of(31), Reopening.transition(out));
  }

  @Test
  public void takesAnInProgressTargetWhenNoTransitionLeadsToToDo() {
    List<Transition> out =
        List.of(
            new Transition(11, StatusCategory.DONE),
            new Transition(21, StatusCategory.IN_PROGRESS));

    assertEquals(OptionalInt.of(21), Reopening.transition(out));
  }

  @Test
  public void findsNoTransitionWhenEveryTargetIsDoneOrUnknown() {
    List<Transition> out =
        List.of(
            new Transition(11, StatusCategory.DONE), new Transition(12, StatusCategory.UNDEFINED));

    assertEquals(OptionalInt.empty(), Reopening.transition(out));
    assertEquals(OptionalInt.empty(), Reopening.transition(List.of()));
  }

  @Test
  public void theTallyKeepsReopenedFailedAndHiddenItemsApart() {
    Reopening.Tally tally = new Reopening.Tally();
    assertTrue(tally.outcome().isEmpty());

    tally.reopened("OPS-11");
    tally.failed("OPS-12", "Resolution is required.");
    tally.failed("OPS-13", null);
    tally.hidden();
    tally.hidden();
    Reopening.Outcome outcome = tally.outcome();

    assertEquals(List.of("OPS-11"), outcome.reopened());
    assertEquals(
        List.of(
            new Reopening.Failure("OPS-12", "Resolution is required."),
            new Reopening.Failure("OPS-13", "")),
        outcome.failures());
    assertEquals(2, outcome.hidden());
    assertFalse(outcome.isEmpty());
  }
}
