package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.Instant;
import java.util.List;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.Test;

public class TimelineStoreTest {

  private static final Instant AT = Instant.parse("2026-11-20T08:15:00Z");
  private final TransactionalAo tx = new TransactionalAo();
  private final TimelineStore store = new TimelineStore(tx.ao);

  @Test
  public void readsEventsInTimeOrderFromTheDatabase() {
    TimelineEventEntity[] rows = new TimelineEventEntity[] {row(1, 10L, "DETECTED")};
    when(tx.ao.find(eq(TimelineEventEntity.class), any(Query.class))).thenReturn(rows);

    List<TimelineEvent> events = store.forPostmortem(10L);

    assertEquals(
        List.of(new TimelineEvent(1L, AT, TimelineEventKind.DETECTED, "text", null)), events);
    verify(tx.ao)
        .find(
            eq(TimelineEventEntity.class),
            org.mockito.ArgumentMatchers.<Query>argThat(
                q -> "AT_MILLIS, ID".equals(q.getOrderClause())));
  }

  @Test
  public void readsAKindFromANewerVersionAsOther() {
    TimelineEventEntity[] rows = new TimelineEventEntity[] {row(1, 10L, "PAGED")};
    when(tx.ao.find(eq(TimelineEventEntity.class), any(Query.class))).thenReturn(rows);

    assertEquals(TimelineEventKind.OTHER, store.forPostmortem(10L).get(0).kind());
  }

  @Test
  public void refusesToUpdateAnEventOfAnotherPostmortem() {
    TimelineEventEntity foreign = row(5, 99L, "OTHER");
    when(tx.ao.get(TimelineEventEntity.class, 5)).thenReturn(foreign);

    boolean updated =
        store
            .update(10L, 5L, new TimelineEvent(null, AT, TimelineEventKind.OTHER, "x", null))
            .isPresent();

    assertFalse(updated);
    verify(foreign, never()).save();
  }

  @Test
  public void refusesToDeleteAnEventOfAnotherPostmortem() {
    TimelineEventEntity foreign = row(5, 99L, "OTHER");
    when(tx.ao.get(TimelineEventEntity.class, 5)).thenReturn(foreign);

    assertFalse(store.delete(10L, 5L));
    verify(tx.ao, never()).delete(any(RawEntity[].class));
  }

  @Test
  public void deletesItsOwnEventInATransaction() {
    TimelineEventEntity own = row(5, 10L, "OTHER");
    when(tx.ao.get(TimelineEventEntity.class, 5)).thenReturn(own);

    assertTrue(store.delete(10L, 5L));
    verify(tx.ao).delete(own);
    assertEquals(1, tx.transactions);
  }

  @Test
  public void treatsAnIdBeyondTheKeyRangeAsUnknown() {
    assertFalse(store.delete(10L, Long.MAX_VALUE));
  }

  @Test
  public void updatesContentOfItsOwnEvent() {
    TimelineEventEntity own = row(5, 10L, "OTHER");
    when(tx.ao.get(TimelineEventEntity.class, 5)).thenReturn(own);

    store.update(
        10L, 5L, new TimelineEvent(null, AT, TimelineEventKind.MITIGATED, "rolled back", null));

    verify(own).setKind("MITIGATED");
    verify(own).setText("rolled back");
    verify(own).save();
  }

  private static TimelineEventEntity row(int id, long issueId, String kind) {
    TimelineEventEntity row = mock(TimelineEventEntity.class);
    when(row.getID()).thenReturn(id);
    when(row.getIssueId()).thenReturn(issueId);
    when(row.getAtMillis()).thenReturn(AT.toEpochMilli());
    when(row.getKind()).thenReturn(kind);
    when(row.getText()).thenReturn("text");
    return row;
  }
}
