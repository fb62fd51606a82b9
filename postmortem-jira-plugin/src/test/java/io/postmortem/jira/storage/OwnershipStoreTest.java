package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.postmortem.core.postmortem.OwnershipConfirmation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class OwnershipStoreTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private final TransactionalAo tx = new TransactionalAo();
  private final OwnershipStore store = new OwnershipStore(tx.ao);

  @Test
  public void readsConfirmationsOfManyItemsInChunkedBulkQueries() {
    List<Long> ids = LongStream.rangeClosed(1, 1_200).boxed().toList();
    when(tx.ao.find(eq(OwnershipEntity.class), any(Query.class)))
        .thenReturn(new OwnershipEntity[0]);

    store.confirmations(ids);

    ArgumentCaptor<Query> queries = ArgumentCaptor.forClass(Query.class);
    verify(tx.ao, times(3)).find(eq(OwnershipEntity.class), queries.capture());
    assertEquals(
        List.of(500, 500, 200),
        queries.getAllValues().stream().map(q -> q.getWhereParams().length).toList());
  }

  @Test
  public void readsNothingForNoItems() {
    Map<Long, OwnershipConfirmation> found = store.confirmations(List.of());

    assertTrue(found.isEmpty());
    verify(tx.ao, never()).find(eq(OwnershipEntity.class), any(Query.class));
  }

  @Test
  public void mapsStoredRowsToConfirmationsByIssueId() {
    OwnershipEntity[] rows = new OwnershipEntity[] {row(11L, "bob", "2026-12-01")};
    when(tx.ao.find(eq(OwnershipEntity.class), any(Query.class))).thenReturn(rows);

    Map<Long, OwnershipConfirmation> found = store.confirmations(List.of(11L, 12L));

    assertEquals(
        Map.of(11L, new OwnershipConfirmation("bob", NOW, LocalDate.parse("2026-12-01"))), found);
  }

  @Test
  public void readsACorruptStoredDateAsNoDateInsteadOfFailing() {
    OwnershipEntity[] rows = new OwnershipEntity[] {row(11L, "bob", "31.12.")};
    when(tx.ao.find(eq(OwnershipEntity.class), any(Query.class))).thenReturn(rows);

    assertNull(store.confirmations(List.of(11L)).get(11L).agreedDueDate());
  }

  @Test
  public void confirmsInsideOneTransactionReplacingTheEarlierConfirmation() {
    when(tx.ao.find(eq(DueProposalEntity.class), any(Query.class)))
        .thenReturn(new DueProposalEntity[0]);
    List<Boolean> writesInTransaction = new ArrayList<>();
    when(tx.ao.deleteWithSQL(eq(OwnershipEntity.class), any(String.class), any()))
        .thenAnswer(call -> writesInTransaction.add(tx.inTransaction()) ? 1 : 1);
    when(tx.ao.create(eq(OwnershipEntity.class), any(DBParam[].class)))
        .thenAnswer(
            call -> {
              writesInTransaction.add(tx.inTransaction());
              return row(11L, "bob", "2026-12-01");
            });

    OwnershipConfirmation confirmed = store.confirm(11L, "bob", LocalDate.parse("2026-12-01"), NOW);

    assertEquals(List.of(true, true), writesInTransaction);
    assertEquals("bob", confirmed.userKey());
    assertEquals(1, tx.transactions);
  }

  @Test
  public void confirmingSupersedesOpenCounterProposals() {
    DueProposalEntity open = mock(DueProposalEntity.class);
    DueProposalEntity[] rows = new DueProposalEntity[] {open};
    when(tx.ao.find(eq(DueProposalEntity.class), any(Query.class))).thenReturn(rows);
    OwnershipEntity created = row(11L, "bob", null);
    when(tx.ao.create(eq(OwnershipEntity.class), any(DBParam[].class))).thenReturn(created);

    store.confirm(11L, "bob", null, NOW);

    verify(open).setStatus("SUPERSEDED");
    verify(open).save();
  }

  @Test
  public void storesTheProposedDateAsAnIsoString() {
    when(tx.ao.find(eq(DueProposalEntity.class), any(Query.class)))
        .thenReturn(new DueProposalEntity[0]);
    DueProposalEntity created = proposal(11L, "2027-01-15");
    when(tx.ao.create(eq(DueProposalEntity.class), any(DBParam[].class))).thenReturn(created);

    DueDateProposal proposal =
        store.propose(11L, "bob", LocalDate.parse("2027-01-15"), "after the freeze", NOW);

    assertEquals("2027-01-15", tx.createdValue(DueProposalEntity.class, "PROPOSED_DUE"));
    assertEquals(DueDateProposal.Status.OPEN, proposal.status());
  }

  @Test
  public void withdrawReportsWhetherThereWasAConfirmation() {
    when(tx.ao.deleteWithSQL(eq(OwnershipEntity.class), eq("ISSUE_ID = ?"), eq(11L))).thenReturn(0);

    assertFalse(store.withdraw(11L));
  }

  @Test
  public void groupsOpenProposalsByItem() {
    DueProposalEntity[] rows =
        new DueProposalEntity[] {proposal(11L, "2027-01-15"), proposal(12L, "2027-02-01")};
    when(tx.ao.find(eq(DueProposalEntity.class), any(Query.class))).thenReturn(rows);

    Map<Long, List<DueDateProposal>> open = store.openProposals(Arrays.asList(11L, 12L, null));

    assertEquals(LocalDate.parse("2027-02-01"), open.get(12L).get(0).proposedDue());
  }

  private static OwnershipEntity row(long issueId, String user, String due) {
    OwnershipEntity row = mock(OwnershipEntity.class);
    when(row.getIssueId()).thenReturn(issueId);
    when(row.getUserKey()).thenReturn(user);
    when(row.getConfirmedAt()).thenReturn(Date.from(NOW));
    when(row.getAgreedDue()).thenReturn(due);
    return row;
  }

  private static DueProposalEntity proposal(long issueId, String due) {
    DueProposalEntity row = mock(DueProposalEntity.class);
    when(row.getID()).thenReturn(7);
    when(row.getIssueId()).thenReturn(issueId);
    when(row.getUserKey()).thenReturn("bob");
    when(row.getProposedDue()).thenReturn(due);
    when(row.getComment()).thenReturn("c");
    when(row.getCreatedAt()).thenReturn(Date.from(NOW));
    when(row.getStatus()).thenReturn("OPEN");
    return row;
  }
}
