package io.postmortem.core.remediation;

import static io.postmortem.core.remediation.Items.TODAY;
import static io.postmortem.core.remediation.Items.anOnTrackItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.OptionalLong;
import org.junit.Test;

public class RemediationClassifierTest {

  @Test
  public void confirmedScheduledItemDueLaterIsOnTrack() {
    ItemAssessment assessment = anOnTrackItem().assessedToday();

    assertEquals(EnumSet.of(RemediationState.ON_TRACK), assessment.states());
    assertEquals(RemediationState.ON_TRACK, assessment.primaryState());
  }

  @Test
  public void itemDueYesterdayIsOverdueByOneDay() {
    ItemAssessment assessment = anOnTrackItem().due(TODAY.minusDays(1)).assessedToday();

    assertEquals(EnumSet.of(RemediationState.OVERDUE), assessment.states());
    assertEquals(OptionalLong.of(1), assessment.daysOverdue());
  }

  @Test
  public void itemDueTodayIsDueSoonNotOverdue() {
    ItemAssessment assessment = anOnTrackItem().due(TODAY).assessedToday();

    assertEquals(EnumSet.of(RemediationState.DUE_SOON), assessment.states());
    assertEquals(OptionalLong.empty(), assessment.daysOverdue());
  }

  @Test
  public void itemDueOnTheLastDayOfTheWindowIsDueSoon() {
    ItemAssessment assessment = anOnTrackItem().due(TODAY.plusDays(7)).assessedToday();

    assertEquals(EnumSet.of(RemediationState.DUE_SOON), assessment.states());
  }

  @Test
  public void itemDueTheDayAfterTheWindowIsOnTrack() {
    ItemAssessment assessment = anOnTrackItem().due(TODAY.plusDays(8)).assessedToday();

    assertEquals(EnumSet.of(RemediationState.ON_TRACK), assessment.states());
  }

  @Test
  public void dueSoonWindowIsConfigurable() {
    RemediationClassifier classifier =
        new RemediationClassifier(new RemediationPolicy(2, 14), ZoneOffset.UTC);

    ItemAssessment assessment =
        classifier.assess(anOnTrackItem().due(TODAY.plusDays(3)).build(), TODAY);

    assertEquals(EnumSet.of(RemediationState.ON_TRACK), assessment.states());
  }

  @Test
  public void itemWithoutDueDateHasNoDueDate() {
    ItemAssessment assessment = anOnTrackItem().due(null).assessedToday();

    assertTrue(assessment.has(RemediationState.NO_DUE_DATE));
    assertFalse(assessment.has(RemediationState.ON_TRACK));
  }

  @Test
  public void unassignedItemHasNoConfirmedOwner() {
    ItemAssessment assessment = anOnTrackItem().assignee(null).assessedToday();

    assertEquals(EnumSet.of(RemediationState.NO_CONFIRMED_OWNER), assessment.states());
  }

  @Test
  public void assignedButUnconfirmedItemHasNoConfirmedOwner() {
    ItemAssessment assessment = anOnTrackItem().unconfirmed().assessedToday();

    assertEquals(EnumSet.of(RemediationState.NO_CONFIRMED_OWNER), assessment.states());
  }

  @Test
  public void unscheduledItemOlderThanTheLimitIsNotScheduled() {
    ItemAssessment assessment =
        anOnTrackItem().unscheduled().created(TODAY.minusDays(14)).assessedToday();

    assertEquals(EnumSet.of(RemediationState.NOT_SCHEDULED), assessment.states());
    assertEquals(14, assessment.ageDays());
  }

  @Test
  public void unscheduledItemYoungerThanTheLimitIsStillOnTrack() {
    ItemAssessment assessment =
        anOnTrackItem().unscheduled().created(TODAY.minusDays(13)).assessedToday();

    assertEquals(EnumSet.of(RemediationState.ON_TRACK), assessment.states());
  }

  @Test
  public void itemCanBeInSeveralStatesAndOverdueIsPrimary() {
    ItemAssessment assessment =
        anOnTrackItem()
            .due(TODAY.minusDays(3))
            .unconfirmed()
            .unscheduled()
            .created(TODAY.minusDays(40))
            .assessedToday();

    assertEquals(
        EnumSet.of(
            RemediationState.OVERDUE,
            RemediationState.NO_CONFIRMED_OWNER,
            RemediationState.NOT_SCHEDULED),
        assessment.states());
    assertEquals(RemediationState.OVERDUE, assessment.primaryState());
  }

  @Test
  public void missingOwnerOutranksMissingDueDate() {
    ItemAssessment assessment = anOnTrackItem().due(null).assignee(null).assessedToday();

    assertEquals(RemediationState.NO_CONFIRMED_OWNER, assessment.primaryState());
  }

  @Test
  public void windowsOfZeroDaysAndOfAYearAreAllowed() {
    RemediationClassifier none =
        new RemediationClassifier(new RemediationPolicy(0, 0), ZoneOffset.UTC);
    RemediationClassifier aYear =
        new RemediationClassifier(
            new RemediationPolicy(RemediationPolicy.MAX_DAYS, RemediationPolicy.MAX_DAYS),
            ZoneOffset.UTC);

    assertEquals(
        EnumSet.of(RemediationState.DUE_SOON),
        none.assess(anOnTrackItem().due(TODAY).build(), TODAY).states());
    assertEquals(
        EnumSet.of(RemediationState.NOT_SCHEDULED),
        none.assess(anOnTrackItem().due(TODAY.plusDays(1)).unscheduled().build(), TODAY).states());
    assertEquals(
        EnumSet.of(RemediationState.DUE_SOON),
        aYear
            .assess(anOnTrackItem().due(TODAY.plusDays(RemediationPolicy.MAX_DAYS)).build(), TODAY)
            .states());
  }

  @Test
  public void rejectsWindowsBeyondAYear() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RemediationPolicy(RemediationPolicy.MAX_DAYS + 1, 14));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RemediationPolicy(7, RemediationPolicy.MAX_DAYS + 1));
    assertThrows(IllegalArgumentException.class, () -> new RemediationPolicy(7, -1));
  }

  @Test
  public void rejectsNegativeDueSoonWindow() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new RemediationPolicy(-1, 14));

    assertEquals("postmortem.remediation.policy.due-soon-days", error.getMessage());
  }

  @Test
  public void stateIdsRoundTrip() {
    for (RemediationState state : RemediationState.values()) {
      assertEquals(state, RemediationState.fromId(state.id()));
    }
    assertEquals("no-confirmed-owner", RemediationState.NO_CONFIRMED_OWNER.id());
    assertEquals(null, RemediationState.fromId("late"));
  }
}
