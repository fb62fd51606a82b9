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

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.time.LocalDate;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Before;
import org.junit.Test;

public class ActiveObjectsReminderLedgerTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private final ActiveObjects ao = mock(ActiveObjects.class);
  private final ReminderEntity row = mock(ReminderEntity.class);
  private final ActiveObjectsReminderLedger ledger = new ActiveObjectsReminderLedger(ao);

  @Before
  public void transactionsRunTheirCallback() {
    when(ao.executeInTransaction(any()))
        .thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
  }

  @Test
  public void firstClaimCreatesTheRowInATransaction() {
    when(ao.find(eq(ReminderEntity.class), any(Query.class))).thenReturn(new ReminderEntity[0]);

    assertTrue(ledger.claim("alice", TODAY));

    verify(ao).executeInTransaction(any());
    verify(ao).create(eq(ReminderEntity.class), any(DBParam[].class));
  }

  @Test
  public void secondClaimOnTheSameDayIsRefused() {
    when(row.getLastSent()).thenReturn(TODAY.toString());
    when(ao.find(eq(ReminderEntity.class), any(Query.class)))
        .thenReturn(new ReminderEntity[] {row});

    assertFalse(ledger.claim("alice", TODAY));

    verify(row, never()).save();
  }

  @Test
  public void claimOnALaterDayRecordsTheDay() {
    when(row.getLastSent()).thenReturn(TODAY.minusDays(1).toString());
    when(ao.find(eq(ReminderEntity.class), any(Query.class)))
        .thenReturn(new ReminderEntity[] {row});

    assertTrue(ledger.claim("alice", TODAY));

    verify(row).setLastSent("2026-11-27");
    verify(row).save();
  }

  @Test
  public void optedOutPersonCannotBeClaimed() {
    when(row.isOptedOut()).thenReturn(true);
    when(ao.find(eq(ReminderEntity.class), any(Query.class)))
        .thenReturn(new ReminderEntity[] {row});

    assertFalse(ledger.claim("alice", TODAY));
    assertTrue(ledger.history("alice").optedOut());
    assertEquals(null, ledger.history("alice").lastSentOn());
  }

  @Test
  public void unreadableLastSentDayReadsAsNeverSentInsteadOfFailingTheDigest() {
    when(row.getLastSent()).thenReturn("27.11.2026");
    when(ao.find(eq(ReminderEntity.class), any(Query.class)))
        .thenReturn(new ReminderEntity[] {row});

    assertEquals(null, ledger.history("alice").lastSentOn());
    assertTrue(ledger.claim("alice", TODAY));
    verify(row).setLastSent("2026-11-27");
  }
}
