package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.remediation.DeliveryHistory;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** The reminder ledger, on PostgreSQL and H2. */
public class ActiveObjectsReminderLedgerTest extends DatabaseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private final ActiveObjectsReminderLedger ledger = new ActiveObjectsReminderLedger(ao);

  public ActiveObjectsReminderLedgerTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void firstClaimOfTheDayWinsAndIsRecorded() {
    assertTrue(ledger.claim("alice", TODAY));

    assertEquals(new DeliveryHistory(TODAY, false), ledger.history("alice"));
  }

  @Test
  public void secondClaimOnTheSameDayIsRefused() {
    ledger.claim("alice", TODAY);

    assertFalse(ledger.claim("alice", TODAY));
    assertEquals(1, ao.count(ReminderClaimEntity.class));
  }

  @Test
  public void claimOnALaterDayWinsAndBecomesTheLastSentDay() {
    ledger.claim("alice", TODAY.minusDays(1));

    assertTrue(ledger.claim("alice", TODAY));
    assertEquals(TODAY, ledger.history("alice").lastSentOn());
  }

  @Test
  public void claimsOfDifferentPeopleDoNotCollide() {
    assertTrue(ledger.claim("alice", TODAY));
    assertTrue(ledger.claim("bob", TODAY));
  }

  @Test
  public void claimsOlderThanAWeekArePurged() {
    ledger.claim("alice", TODAY.minusDays(30));
    ledger.claim("alice", TODAY.minusDays(2));

    ledger.claim("alice", TODAY);

    assertEquals(2, ao.count(ReminderClaimEntity.class));
  }

  @Test
  public void optedOutPersonCannotBeClaimedAndKeepsTheirHistory() {
    ledger.claim("alice", TODAY.minusDays(1));
    ledger.setOptedOut("alice", true);

    assertFalse(ledger.claim("alice", TODAY));
    assertEquals(new DeliveryHistory(TODAY.minusDays(1), true), ledger.history("alice"));
  }

  @Test
  public void optingBackInAllowsTheNextClaim() {
    ledger.setOptedOut("alice", true);
    ledger.setOptedOut("alice", false);

    assertTrue(ledger.claim("alice", TODAY));
  }

  @Test
  public void someoneNeverRemindedHasNoHistory() {
    assertEquals(DeliveryHistory.NONE, ledger.history("nobody"));
  }

  @Test
  public void unreadableLastSentDayReadsAsNeverSentInsteadOfFailingTheDigest() {
    ledger.claim("alice", TODAY.minusDays(1));
    ReminderClaimEntity row = ao.find(ReminderClaimEntity.class)[0];
    row.setClaimDay("27.11.2026");
    row.save();

    assertNull(ledger.history("alice").lastSentOn());
    assertTrue(ledger.claim("alice", TODAY));
  }

  @Test
  public void twoRunsClaimingTheSameDayAtOnceSendOneDigest() throws Exception {
    List<Object> outcomes = OwnershipStoreTest.concurrently(8, run -> ledger.claim("alice", TODAY));

    assertEquals(1, outcomes.stream().filter(Boolean.TRUE::equals).count());
    assertEquals(1, ao.count(ReminderClaimEntity.class));
  }

  @Test
  public void concurrentFirstOptOutsLeaveOnePreferenceRow() throws Exception {
    OwnershipStoreTest.concurrently(
        8,
        run -> {
          ledger.setOptedOut("alice", true);
          return true;
        });

    assertEquals(1, ao.count(ReminderEntity.class));
    assertTrue(ledger.history("alice").optedOut());
  }
}
