package io.postmortem.core.remediation;

import static io.postmortem.core.remediation.Items.TODAY;
import static io.postmortem.core.remediation.Items.anOnTrackItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
        planner.followUp(anOnTrackItem().unconfirmed().assessedToday(), null);

    assertTrue(followUp.isPresent());
    assertTrue(followUp.get().ownerUnconfirmed());
  }

  @Test
  public void postmortemOwnerFollowsUpOnPendingDateProposal() {
    DateProposal proposal = new DateProposal(1L, "alice", TODAY.plusDays(60));

    Optional<FollowUp> followUp = planner.followUp(anOnTrackItem().assessedToday(), proposal);

    assertEquals(Optional.of(proposal), followUp.flatMap(FollowUp::pendingProposal));
    assertFalse(followUp.get().ownerUnconfirmed());
  }

  @Test
  public void nothingToFollowUpOnConfirmedItemWithoutProposal() {
    assertEquals(Optional.empty(), planner.followUp(anOnTrackItem().assessedToday(), null));
  }

  @Test
  public void nothingToFollowUpWhenThePostmortemHasNoOwner() {
    assertEquals(
        Optional.empty(),
        planner.followUp(
            anOnTrackItem().unconfirmed().postmortemOwner(null).assessedToday(), null));
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
}
