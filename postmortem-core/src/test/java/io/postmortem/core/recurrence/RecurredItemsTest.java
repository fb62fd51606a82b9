package io.postmortem.core.recurrence;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class RecurredItemsTest {
  private static final Instant MARCH = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant JUNE = Instant.parse("2026-06-01T10:00:00Z");
  private static final Instant JULY = Instant.parse("2026-07-01T10:00:00Z");

  @Test
  public void flagsTheDoneItemsOfAPostmortemALaterIncidentRecurred() {
    List<ActionItem> items = List.of(done("PM-2", MARCH), done("PM-3", MARCH));

    List<String> recurred = RecurredItems.of(items, List.of(new Recurrence(90L, JUNE)));

    assertEquals(List.of("PM-2", "PM-3"), recurred);
  }

  @Test
  public void leavesItemsThatAreStillOpenUnflagged() {
    ActionItem open = ActionItem.builder("PM-4").createdAt(MARCH).build();

    List<String> recurred =
        RecurredItems.of(List.of(open, done("PM-2", MARCH)), List.of(new Recurrence(90L, JUNE)));

    assertEquals(List.of("PM-2"), recurred);
  }

  @Test
  public void flagsNothingWhileNoLaterIncidentIsMarkedRelated() {
    List<String> recurred = RecurredItems.of(List.of(done("PM-2", MARCH)), List.of());

    assertEquals(List.of(), recurred);
  }

  @Test
  public void anItemAddedAfterTheRecurrenceWasRecognisedIsTheAnswerNotTheFailedFix() {
    List<ActionItem> items = List.of(done("PM-2", MARCH), done("PM-5", JULY));

    List<String> recurred = RecurredItems.of(items, List.of(new Recurrence(90L, JUNE)));

    assertEquals(List.of("PM-2"), recurred);
  }

  @Test
  public void theOwnersHearOfTheLatestLaterPostmortem() {
    List<Recurrence> recurrences =
        List.of(new Recurrence(91L, JULY), new Recurrence(90L, MARCH), new Recurrence(92L, JUNE));

    assertEquals(Optional.of(new Recurrence(91L, JULY)), RecurredItems.latest(recurrences));
    assertEquals(Optional.empty(), RecurredItems.latest(List.of()));
  }

  @Test
  public void theLatestRecurrenceDecidesWhichItemsFailed() {
    List<ActionItem> items = List.of(done("PM-2", MARCH), done("PM-5", JUNE));

    List<String> recurred =
        RecurredItems.of(items, List.of(new Recurrence(90L, MARCH), new Recurrence(91L, JULY)));

    assertEquals(List.of("PM-2", "PM-5"), recurred);
  }

  private static ActionItem done(String key, Instant createdAt) {
    return ActionItem.builder(key).done(true).createdAt(createdAt).build();
  }
}
