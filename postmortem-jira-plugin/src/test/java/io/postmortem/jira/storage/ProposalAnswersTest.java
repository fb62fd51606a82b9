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

import io.postmortem.core.postmortem.OwnershipConfirmation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import net.java.ao.DBParam;
import org.junit.Test;

public class ProposalAnswersTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private final TransactionalAo tx = new TransactionalAo();
  private final ProposalAnswers answers = new ProposalAnswers(tx.ao, new OwnershipStore(tx.ao));

  @Test
  public void acceptingRecordsTheProposersConfirmationAtTheProposedDateInOneTransaction() {
    DueProposalEntity proposal = proposal(5, "OPEN");
    OwnershipEntity created = mock(OwnershipEntity.class);
    when(created.getUserKey()).thenReturn("bob");
    when(created.getConfirmedAt()).thenReturn(Date.from(NOW));
    when(created.getAgreedDue()).thenReturn("2027-01-10");
    when(tx.ao.create(eq(OwnershipEntity.class), any(DBParam[].class))).thenReturn(created);
    when(tx.ao.find(eq(DueProposalEntity.class), any(net.java.ao.Query.class)))
        .thenReturn(new DueProposalEntity[0]);

    Optional<OwnershipConfirmation> confirmation = answers.accept(5, NOW);

    assertEquals(
        Optional.of(new OwnershipConfirmation("bob", NOW, LocalDate.parse("2027-01-10"))),
        confirmation);
    verify(proposal).setStatus("ACCEPTED");
    verify(proposal).save();
    assertEquals(70L, tx.createdValue(OwnershipEntity.class, "ISSUE_ID"));
    assertEquals("bob", tx.createdValue(OwnershipEntity.class, "USER_KEY"));
    assertEquals("2027-01-10", tx.createdValue(OwnershipEntity.class, "AGREED_DUE"));
  }

  @Test
  public void answersAProposalOnlyOnce() {
    DueProposalEntity answered = proposal(5, "DECLINED");

    assertTrue(answers.accept(5, NOW).isEmpty());
    assertFalse(answers.decline(5));
    verify(answered, never()).setStatus(any());
  }

  @Test
  public void decliningClosesTheProposalWithoutConfirmingAnything() {
    DueProposalEntity proposal = proposal(5, "OPEN");

    assertTrue(answers.decline(5));

    verify(proposal).setStatus("DECLINED");
    verify(tx.ao, never()).create(eq(OwnershipEntity.class), any(DBParam[].class));
  }

  private DueProposalEntity proposal(int id, String status) {
    DueProposalEntity row = mock(DueProposalEntity.class);
    when(row.getID()).thenReturn(id);
    when(row.getIssueId()).thenReturn(70L);
    when(row.getUserKey()).thenReturn("bob");
    when(row.getProposedDue()).thenReturn("2027-01-10");
    when(row.getComment()).thenReturn("");
    when(row.getCreatedAt()).thenReturn(Date.from(NOW));
    when(row.getStatus()).thenReturn(status);
    when(tx.ao.get(DueProposalEntity.class, id)).thenReturn(row);
    return row;
  }
}
