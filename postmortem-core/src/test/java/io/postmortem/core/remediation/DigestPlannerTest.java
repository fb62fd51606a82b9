package io.postmortem.core.remediation;

import static io.postmortem.core.remediation.Items.TODAY;
import static io.postmortem.core.remediation.Items.anOnTrackItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.postmortem.RiskAcceptance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class DigestPlannerTest {
  private final DigestPlanner planner = new DigestPlanner(3);

  @Test
  public void remindsOwnerOfOverdueItem() {
    assertTrue(planner.remindsOwner(anOnTrackItem().due(TODAY.minusDays(10)).assessedToday()));
  }

  @Test
  public void remindsOwnerOfItemDueWithinTheWindow() {
    assertTrue(planner.remindsOwner(anOnTrackItem().due(TODAY.plusDays(3)).assessedToday()));
  }

  @Test
  public void doesNotRemindOwnerOfItemDueAfterTheWindow() {
    assertFalse(planner.remindsOwner(anOnTrackItem().due(TODAY.plusDays(4)).assessedToday()));
  }

  @Test
  public void doesNotRemindWhenNobodyOwnsTheItem() {
    assertFalse(
        planner.remindsOwner(
            anOnTrackItem().assignee(null).due(TODAY.minusDays(1)).assessedToday()));
  }

  @Test
  public void postmortemOwnerFollowsUpOnUnconfirmedOwner() {
    Optional<FollowUp> followUp =
        planner.followUp(anOnTrackItem().unconfirmed().assessedToday(), null, TODAY);

    assertTrue(followUp.isPresent());
    assertTrue(followUp.get().ownerUnconfirmed());
  }

  @Test
  public void postmortemOwnerFollowsUpOnPendingDateProposal() {
    DateProposal proposal = new DateProposal(1L, "alice", TODAY.plusDays(60));

    Optional<FollowUp> followUp =
        planner.followUp(anOnTrackItem().assessedToday(), proposal, TODAY);

    assertEquals(Optional.of(proposal), followUp.flatMap(FollowUp::pendingProposal));
    assertFalse(followUp.get().ownerUnconfirmed());
  }

  @Test
  public void nothingToFollowUpOnConfirmedItemWithoutProposal() {
    assertEquals(Optional.empty(), planner.followUp(anOnTrackItem().assessedToday(), null, TODAY));
  }

  @Test
  public void nothingToFollowUpWhenThePostmortemHasNoOwner() {
    assertEquals(
        Optional.empty(),
        planner.followUp(
            anOnTrackItem().unconfirmed().postmortemOwner(null).assessedToday(), null, TODAY));
  }

  @Test
  public void allowsOneDigestADay() {
    assertTrue(DeliveryHistory.NONE.allowsDigestOn(TODAY));
    assertTrue(new DeliveryHistory(TODAY.minusDays(1), false).allowsDigestOn(TODAY));
    assertFalse(new DeliveryHistory(TODAY, false).allowsDigestOn(TODAY));
  }

  @Test
  public void optedOutPersonGetsNoDigest() {
    assertFalse(new DeliveryHistory(null, true).allowsDigestOn(TODAY));
  }

  private final DigestPlanner handshake =
      new DigestPlanner(3, 2, 7, BusinessCalendar.mondayToFriday(), ZoneOffset.UTC);

  @Test
  public void anUnconfirmedItemReachesThePostmortemOwnerAfterTwoBusinessDays() {
    // TODAY is a Friday: created Thursday is one business day ago, Wednesday two.
    assertEquals(
        Optional.empty(),
        handshake.followUp(
            anOnTrackItem().unconfirmed().created(TODAY.minusDays(1)).assessedToday(),
            null,
            TODAY));
    assertTrue(
        handshake
            .followUp(
                anOnTrackItem().unconfirmed().created(TODAY.minusDays(2)).assessedToday(),
                null,
                TODAY)
            .orElseThrow()
            .ownerUnconfirmed());
  }

  @Test
  public void aWeekendDoesNotCountAsTimeToConfirm() {
    LocalDate monday = TODAY.plusDays(3);
    Items createdFriday = anOnTrackItem().unconfirmed().created(TODAY);

    assertEquals(
        Optional.empty(), handshake.followUp(createdFriday.assessedOn(monday), null, monday));
  }

  @Test
  public void anItemWhoseOwnerIsGoneReachesThePostmortemOwnerAtOnce() {
    Items ownerGone = anOnTrackItem().unconfirmed().ownerGone().created(TODAY);

    assertTrue(handshake.followUp(ownerGone.assessedToday(), null, TODAY).isPresent());
  }

  @Test
  public void aWindowOfZeroRemindsOnTheDueDateAndAWindowOfAYearAYearAhead() {
    DigestPlanner onTheDay = new DigestPlanner(0);
    DigestPlanner aYearAhead = new DigestPlanner(RemediationPolicy.MAX_DAYS);

    assertTrue(onTheDay.remindsOwner(anOnTrackItem().due(TODAY).assessedToday()));
    assertFalse(onTheDay.remindsOwner(anOnTrackItem().due(TODAY.plusDays(1)).assessedToday()));
    assertTrue(
        aYearAhead.remindsOwner(
            anOnTrackItem().due(TODAY.plusDays(RemediationPolicy.MAX_DAYS)).assessedToday()));
  }

  @Test
  public void refusesAReminderWindowBelowZeroOrBeyondAYear() {
    assertThrows(IllegalArgumentException.class, () -> new DigestPlanner(-1));
    assertThrows(
        IllegalArgumentException.class, () -> new DigestPlanner(RemediationPolicy.MAX_DAYS + 1));
  }

  @Test
  public void aProposedDateReachesThePostmortemOwnerAtOnce() {
    DateProposal proposal = new DateProposal(1L, "bob", TODAY.plusDays(40));

    assertTrue(
        handshake
            .followUp(anOnTrackItem().created(TODAY).assessedToday(), proposal, TODAY)
            .isPresent());
  }

  @Test
  public void warnsTheOwnerOfARiskAcceptanceExpiringWithinAWeek() {
    RiskAcceptance acceptance = acceptance(TODAY.plusDays(7));

    assertEquals(
        Optional.of(TODAY.plusDays(7)), handshake.riskExpiring(List.of(acceptance), TODAY));
    assertEquals(
        Optional.empty(), handshake.riskExpiring(List.of(acceptance(TODAY.plusDays(8))), TODAY));
  }

  @Test
  public void aRenewedOrExpiredAcceptanceRaisesNoWarning() {
    assertEquals(
        Optional.empty(),
        handshake.riskExpiring(
            List.of(acceptance(TODAY.plusDays(2)), acceptance(TODAY.plusDays(90))), TODAY));
    assertEquals(
        Optional.empty(), handshake.riskExpiring(List.of(acceptance(TODAY.minusDays(1))), TODAY));
  }

  private static RiskAcceptance acceptance(LocalDate expiresOn) {
    return new RiskAcceptance(
        "carol", Instant.parse("2026-11-01T10:00:00Z"), "Vendor fix due in Q1", expiresOn);
  }
}
