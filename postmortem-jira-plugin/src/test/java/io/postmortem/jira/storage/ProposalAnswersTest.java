package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The owner's answer to a counter-proposed due date, on PostgreSQL and H2. */
public class ProposalAnswersTest extends DatabaseTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final LocalDate PROPOSED = LocalDate.parse("2027-01-10");
  private final OwnershipStore store = new OwnershipStore(ao);
  private final ProposalAnswers answers = new ProposalAnswers(ao, store);

  public ProposalAnswersTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void acceptingRecordsTheProposersConfirmationAtTheProposedDate() {
    DueDateProposal proposal = store.propose(70L, "bob", PROPOSED, "too soon", NOW);

    Optional<OwnershipConfirmation> confirmation = answers.accept(proposal.id(), NOW);

    assertEquals(Optional.of(new OwnershipConfirmation("bob", NOW, PROPOSED)), confirmation);
    assertEquals(
        new OwnershipConfirmation("bob", NOW, PROPOSED),
        store.confirmations(List.of(70L)).get(70L));
    assertTrue(answers.open(proposal.id()).isEmpty());
  }

  @Test
  public void answersAProposalOnlyOnce() {
    DueDateProposal proposal = store.propose(70L, "bob", PROPOSED, "", NOW);
    assertTrue(answers.decline(proposal.id()));

    assertTrue(answers.accept(proposal.id(), NOW).isEmpty());
    assertFalse(answers.decline(proposal.id()));
    assertTrue(store.confirmations(List.of(70L)).isEmpty());
  }

  @Test
  public void decliningClosesTheProposalWithoutConfirmingAnything() {
    DueDateProposal proposal = store.propose(70L, "bob", PROPOSED, "", NOW);

    assertTrue(answers.decline(proposal.id()));

    assertTrue(answers.open(proposal.id()).isEmpty());
    assertTrue(store.confirmations(List.of(70L)).isEmpty());
  }

  @Test
  public void theAssigneeMayProposeAgainAfterAnAnswer() {
    DueDateProposal first = store.propose(70L, "bob", PROPOSED, "", NOW);
    answers.decline(first.id());

    DueDateProposal second = store.propose(70L, "bob", PROPOSED.plusDays(7), "", NOW);

    assertEquals(PROPOSED.plusDays(7), answers.open(second.id()).orElseThrow().proposedDue());
  }
}
