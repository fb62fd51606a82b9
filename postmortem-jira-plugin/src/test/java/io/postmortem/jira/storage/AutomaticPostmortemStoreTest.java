package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.creation.AssigneeRule;
import io.postmortem.core.creation.AutomaticPostmortems;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.testing.DatabaseTest;
import io.postmortem.jira.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The automatic-postmortem rule and claims, on PostgreSQL and H2. */
public class AutomaticPostmortemStoreTest extends DatabaseTest {

  private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final AutomaticPostmortems SEV_2 =
      new AutomaticPostmortems(true, Severity.SEV_2, AssigneeRule.FACILITATOR, "fay", "PM");

  private final AutomaticPostmortemStore store = new AutomaticPostmortemStore(ao);

  public AutomaticPostmortemStoreTest(TestDatabase database) {
    super(database);
  }

  @Test
  public void aProjectThatNeverSavedTheRuleHasItOff() {
    assertEquals(AutomaticPostmortems.OFF, store.settings(100L));
  }

  @Test
  public void savedRuleReadsBackAndASecondSaveReplacesIt() {
    store.save(100L, AutomaticPostmortems.OFF);
    store.save(100L, SEV_2);

    assertEquals(SEV_2, store.settings(100L));
    assertEquals(AutomaticPostmortems.OFF, store.settings(200L));
    assertEquals(1, ao.count(AutoPostmortemSettingsEntity.class));
  }

  @Test
  public void anUnreadableStoredRuleCountsAsOff() {
    store.save(100L, SEV_2);
    AutoPostmortemSettingsEntity row = ao.find(AutoPostmortemSettingsEntity.class)[0];
    row.setSettings("enabled=true\nminimumSeverity=SEV_9\n");
    row.save();

    assertEquals(AutomaticPostmortems.OFF, store.settings(100L));
  }

  @Test
  public void theFirstClaimOfAnIncidentWinsAndAReResolutionIsRefused() {
    assertTrue(store.claim(5L, AT));

    assertFalse(store.claim(5L, AT.plusSeconds(3600)));
    assertEquals(1, ao.count(AutoPostmortemClaimEntity.class));
  }

  @Test
  public void claimsOfDifferentIncidentsDoNotCollide() {
    assertTrue(store.claim(5L, AT));
    assertTrue(store.claim(6L, AT));
  }

  @Test
  public void theCreatedPostmortemIsRecordedOnTheClaim() {
    store.claim(5L, AT);

    store.created(5L, "PM-1");

    assertEquals(Optional.of("PM-1"), store.postmortemOf(5L));
    assertEquals(Optional.empty(), store.postmortemOf(6L));
  }

  @Test
  public void aReleasedClaimCanBeWonAgain() {
    store.claim(5L, AT);

    store.release(5L);

    assertTrue(store.claim(5L, AT));
  }

  @Test
  public void twoNodesClaimingTheSameIncidentAtOnceLeaveOneWinner() throws Exception {
    List<Object> outcomes = OwnershipStoreTest.concurrently(8, run -> store.claim(5L, AT));

    assertEquals(1, outcomes.stream().filter(Boolean.TRUE::equals).count());
    assertEquals(1, ao.count(AutoPostmortemClaimEntity.class));
  }

  @Test
  public void aClaimUnsettledPastTheLeaseIsTakenOverOnceAndRestartsTheLease() {
    store.claim(5L, AT);

    assertTrue(store.takeOver(5L, AT.plus(LEASE).plusSeconds(1), LEASE));
    assertFalse(store.takeOver(5L, AT.plus(LEASE).plusSeconds(2), LEASE));
    assertEquals(1, ao.count(AutoPostmortemClaimEntity.class));
  }

  @Test
  public void aClaimWithinItsLeaseIsNotTakenOver() {
    store.claim(5L, AT);

    assertFalse(store.takeOver(5L, AT.plus(LEASE).minusSeconds(1), LEASE));
  }

  @Test
  public void aSettledClaimIsNeverTakenOver() {
    store.claim(5L, AT);
    store.created(5L, "PM-1");

    assertFalse(store.takeOver(5L, AT.plus(LEASE).plus(LEASE), LEASE));
    assertEquals(Optional.of("PM-1"), store.postmortemOf(5L));
  }

  @Test
  public void anIncidentNeverClaimedCannotBeTakenOver() {
    assertFalse(store.takeOver(5L, AT, LEASE));
    assertEquals(0, ao.count(AutoPostmortemClaimEntity.class));
  }

  @Test
  public void twoNodesTakingOverTheSameStaleClaimLeaveOneWinner() throws Exception {
    store.claim(5L, AT);

    List<Object> outcomes =
        OwnershipStoreTest.concurrently(
            8, run -> store.takeOver(5L, AT.plus(LEASE).plus(LEASE), LEASE));

    assertEquals(1, outcomes.stream().filter(Boolean.TRUE::equals).count());
    assertEquals(1, ao.count(AutoPostmortemClaimEntity.class));
  }

  @Test
  public void concurrentFirstSavesLeaveOneRuleRow() throws Exception {
    OwnershipStoreTest.concurrently(
        8,
        run -> {
          store.save(100L, SEV_2);
          return true;
        });

    assertEquals(1, ao.count(AutoPostmortemSettingsEntity.class));
    assertEquals(SEV_2, store.settings(100L));
  }
}
