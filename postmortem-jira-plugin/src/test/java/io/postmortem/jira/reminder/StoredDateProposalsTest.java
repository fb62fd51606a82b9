package io.postmortem.jira.reminder;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.remediation.DateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import io.postmortem.jira.testing.StoreDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The pending proposals a digest names, read from the real store on H2. */
public class StoredDateProposalsTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private final OwnershipStore store = new OwnershipStore(StoreDatabase.emptyH2());

  @Test
  public void theNewestOpenProposalOfEachItemIsPending() {
    store.propose(7L, "bob", LocalDate.of(2027, 1, 10), "", NOW);
    store.propose(7L, "bob", LocalDate.of(2027, 2, 1), "", NOW.plusSeconds(1));

    Map<Long, DateProposal> pending = new StoredDateProposals(store).pending(List.of(7L, 8L));

    assertEquals(Map.of(7L, new DateProposal(7L, "bob", LocalDate.of(2027, 2, 1))), pending);
  }

  @Test
  public void aConfirmationSettlesTheItemsProposal() {
    store.propose(7L, "bob", LocalDate.of(2027, 1, 10), "", NOW);
    store.confirm(7L, "bob", LocalDate.of(2027, 1, 10), NOW.plusSeconds(1));

    assertEquals(Map.of(), new StoredDateProposals(store).pending(List.of(7L)));
  }
}
