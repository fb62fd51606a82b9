package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Timeline events, on PostgreSQL and H2. */
public class TimelineStoreTest extends DatabaseTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:15:00.123Z");
  private final TimelineStore store = new TimelineStore(ao);

  public TimelineStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void readsEventsInTimeOrderWithTiesInTheOrderAdded() {
    TimelineEvent resolved = store.add(10L, event(AT.plusSeconds(600), "RESOLVED", "fixed"), "ed");
    TimelineEvent detected = store.add(10L, event(AT, "DETECTED", "paged"), "ed");
    TimelineEvent sameTime = store.add(10L, event(AT, "STARTED", "same instant"), "ed");
    store.add(99L, event(AT, "DETECTED", "another postmortem"), "ed");

    assertEquals(List.of(detected, sameTime, resolved), store.forPostmortem(10L));
  }

  @Test
  public void readsTheTimelinesOfManyPostmortemsAtOnceEachInTimeOrder() {
    TimelineEvent later = store.add(10L, event(AT.plusSeconds(60), "RESOLVED", "fixed"), "ed");
    TimelineEvent earlier = store.add(10L, event(AT, "STARTED", "began"), "ed");
    TimelineEvent other = store.add(11L, event(AT, "DETECTED", "paged"), "ed");
    store.add(99L, event(AT, "DETECTED", "not asked for"), "ed");
    List<Long> asked = new ArrayList<>(List.of(10L, 11L, 12L));
    for (long id = 1_000; id < 1_600; id++) {
      asked.add(id);
    }

    Map<Long, List<TimelineEvent>> found = store.forPostmortems(asked);

    assertEquals(Map.of(10L, List.of(earlier, later), 11L, List.of(other)), found);
  }

  @Test
  public void keepsTheInstantToTheMillisecondAndTheSourceUrl() {
    store.add(
        10L,
        new TimelineEvent(null, AT, TimelineEventKind.DETECTED, "alert", "https://x.test/a"),
        "ed");

    TimelineEvent read = store.forPostmortem(10L).get(0);

    assertEquals(AT, read.at());
    assertEquals("https://x.test/a", read.sourceUrl());
  }

  @Test
  public void readsAKindFromANewerVersionAsOther() {
    store.add(10L, event(AT, "DETECTED", "paged"), "ed");
    TimelineEventEntity row = ao.find(TimelineEventEntity.class)[0];
    row.setKind("PAGED");
    row.save();

    assertEquals(TimelineEventKind.OTHER, store.forPostmortem(10L).get(0).kind());
  }

  @Test
  public void updatesContentOfItsOwnEvent() {
    long id = store.add(10L, event(AT, "OTHER", "x"), "ed").id();

    store.update(10L, id, event(AT.plusSeconds(5), "MITIGATED", "rolled back"));

    TimelineEvent read = store.forPostmortem(10L).get(0);
    assertEquals(TimelineEventKind.MITIGATED, read.kind());
    assertEquals("rolled back", read.text());
    assertEquals(AT.plusSeconds(5), read.at());
  }

  @Test
  public void refusesToUpdateAnEventOfAnotherPostmortem() {
    long foreign = store.add(99L, event(AT, "OTHER", "theirs"), "ed").id();

    boolean updated = store.update(10L, foreign, event(AT, "OTHER", "mine now")).isPresent();

    assertFalse(updated);
    assertEquals("theirs", store.forPostmortem(99L).get(0).text());
  }

  @Test
  public void deletesItsOwnEventOnly() {
    long own = store.add(10L, event(AT, "OTHER", "mine"), "ed").id();
    long foreign = store.add(99L, event(AT, "OTHER", "theirs"), "ed").id();

    assertFalse(store.delete(10L, foreign));
    assertTrue(store.delete(10L, own));
    assertTrue(store.forPostmortem(10L).isEmpty());
    assertEquals(1, store.forPostmortem(99L).size());
  }

  @Test
  public void treatsAnIdBeyondTheKeyRangeOrUnknownAsUnknown() {
    assertFalse(store.delete(10L, Long.MAX_VALUE));
    assertFalse(store.delete(10L, 424_242L));
  }

  private static TimelineEvent event(Instant at, String kind, String text) {
    return new TimelineEvent(null, at, TimelineEventKind.valueOf(kind), text, null);
  }
}
