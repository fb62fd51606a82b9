package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import net.java.ao.DBParam;
import org.junit.Test;

/** Ownership confirmations and counter-proposals, on PostgreSQL and H2. */
public class OwnershipStoreTest extends DatabaseTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final LocalDate DUE = LocalDate.parse("2026-12-01");
  private final OwnershipStore store = new OwnershipStore(ao);

  public OwnershipStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void readsBackAConfirmationWithItsAgreedDateAndTime() {
    store.confirm(11L, "bob", DUE, NOW);

    Map<Long, OwnershipConfirmation> found = store.confirmations(List.of(11L, 12L));

    assertEquals(Map.of(11L, new OwnershipConfirmation("bob", NOW, DUE)), found);
  }

  @Test
  public void readsConfirmationsOfMoreItemsThanOneInClauseHolds() {
    for (long id = 1; id <= 1_200; id += 100) {
      store.confirm(id, "bob", null, NOW);
    }

    Map<Long, OwnershipConfirmation> found =
        store.confirmations(LongStream.rangeClosed(1, 1_200).boxed().toList());

    assertEquals(12, found.size());
    assertNull(found.get(1_101L).agreedDueDate());
  }

  @Test
  public void readsNothingForNoItems() {
    store.confirm(11L, "bob", DUE, NOW);

    assertTrue(store.confirmations(List.of()).isEmpty());
  }

  @Test
  public void confirmingAgainReplacesTheEarlierConfirmation() {
    store.confirm(11L, "bob", DUE, NOW);
    store.confirm(11L, "carol", DUE.plusDays(3), NOW.plusSeconds(60));

    assertEquals(
        new OwnershipConfirmation("carol", NOW.plusSeconds(60), DUE.plusDays(3)),
        store.confirmations(List.of(11L)).get(11L));
    assertEquals(1, ao.count(OwnershipEntity.class));
  }

  @Test
  public void readsACorruptStoredDateAsNoDateInsteadOfFailing() {
    store.confirm(11L, "bob", DUE, NOW);
    OwnershipEntity row = ao.find(OwnershipEntity.class)[0];
    row.setAgreedDue("31.12.");
    row.save();

    assertNull(store.confirmations(List.of(11L)).get(11L).agreedDueDate());
  }

  @Test
  public void withdrawReportsWhetherThereWasAConfirmation() {
    store.confirm(11L, "bob", DUE, NOW);

    assertTrue(store.withdraw(11L));
    assertFalse(store.withdraw(11L));
    assertTrue(store.confirmations(List.of(11L)).isEmpty());
  }

  @Test
  public void proposalReadsBackOpenWithItsDateAndComment() {
    DueDateProposal proposal = store.propose(11L, "bob", DUE, "after the freeze", NOW);

    List<DueDateProposal> open = store.openProposals(List.of(11L)).get(11L);

    assertEquals(List.of(proposal), open);
    assertEquals(DUE, open.get(0).proposedDue());
    assertEquals("after the freeze", open.get(0).comment());
    assertEquals(DueDateProposal.Status.OPEN, open.get(0).status());
  }

  @Test
  public void aNewProposalSupersedesTheOpenOne() {
    store.propose(11L, "bob", DUE, "", NOW);
    DueDateProposal newer = store.propose(11L, "bob", DUE.plusDays(7), null, NOW.plusSeconds(5));

    assertEquals(List.of(newer), store.openProposals(List.of(11L)).get(11L));
    assertEquals(2, ao.count(DueProposalEntity.class));
  }

  @Test
  public void confirmingClosesTheItemsOpenProposals() {
    store.propose(11L, "bob", DUE, "", NOW);
    store.propose(12L, "bob", DUE, "", NOW);

    store.confirm(11L, "bob", DUE, NOW);

    assertEquals(List.of(12L), List.copyOf(store.openProposals(List.of(11L, 12L)).keySet()));
  }

  @Test
  public void groupsOpenProposalsByItemIgnoringNullIds() {
    store.propose(11L, "bob", DUE, "", NOW);
    store.propose(12L, "bob", DUE.plusDays(1), "", NOW);

    Map<Long, List<DueDateProposal>> open =
        store.openProposals(java.util.Arrays.asList(11L, 12L, null));

    assertEquals(DUE.plusDays(1), open.get(12L).get(0).proposedDue());
    assertEquals(2, open.size());
  }

  @Test
  public void theDatabaseRefusesASecondConfirmationRowForAnItem() {
    store.confirm(11L, "bob", DUE, NOW);

    try {
      ao.executeInTransaction(
          () ->
              ao.create(
                  OwnershipEntity.class,
                  new DBParam("ISSUE_ID", 11L),
                  new DBParam("USER_KEY", "eve"),
                  new DBParam("CONFIRMED_AT", new java.util.Date())));
      fail("a second confirmation row was stored");
    } catch (RuntimeException e) {
      assertTrue(UniqueKeys.isDuplicate(e));
    }
    assertEquals("bob", store.confirmations(List.of(11L)).get(11L).userKey());
  }

  @Test
  public void theDatabaseRefusesASecondOpenProposalForAnItem() {
    store.propose(11L, "bob", DUE, "", NOW);

    try {
      ao.executeInTransaction(
          () ->
              ao.create(
                  DueProposalEntity.class,
                  new DBParam("ISSUE_ID", 11L),
                  new DBParam("USER_KEY", "eve"),
                  new DBParam("PROPOSED_DUE", "2027-01-01"),
                  new DBParam("CREATED_AT", new java.util.Date()),
                  new DBParam("STATUS", "OPEN"),
                  new DBParam("OPEN_KEY", OwnershipStore.openKey(11L))));
      fail("a second open proposal was stored");
    } catch (RuntimeException e) {
      assertTrue(UniqueKeys.isDuplicate(e));
    }
  }

  @Test
  public void concurrentConfirmationsOfOneItemLeaveOneRowAndEachWriterSucceedsOrGetsAConflict()
      throws Exception {
    List<Object> outcomes = concurrently(8, user -> store.confirm(11L, user, DUE, NOW).userKey());

    assertEquals(1, ao.count(OwnershipEntity.class));
    String stored = store.confirmations(List.of(11L)).get(11L).userKey();
    assertTrue(outcomes + " should contain " + stored, outcomes.contains(stored));
  }

  @Test
  public void concurrentProposalsOnOneItemLeaveOneOpen() throws Exception {
    List<Object> outcomes =
        concurrently(8, user -> store.propose(11L, user, DUE, "", NOW).userKey());

    assertEquals(1, store.openProposals(List.of(11L)).get(11L).size());
    long stored = outcomes.stream().filter(String.class::isInstance).count();
    assertEquals(stored, ao.count(DueProposalEntity.class));
  }

  /**
   * Runs {@code writers} writes at once, one per user; each outcome is what the write returned or
   * the {@link ConcurrentWriteException} it threw (any other exception fails the test).
   */
  static List<Object> concurrently(int writers, Write write) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CyclicBarrier start = new CyclicBarrier(writers);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String user = "user" + i;
        Callable<Object> task =
            () -> {
              start.await();
              try {
                return write.run(user);
              } catch (ConcurrentWriteException e) {
                return e;
              }
            };
        futures.add(pool.submit(task));
      }
      List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
      for (Future<Object> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  interface Write {
    Object run(String user);
  }
}
