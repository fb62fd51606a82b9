package io.postmortem.core.remediation;

import static io.postmortem.core.remediation.Items.TODAY;
import static io.postmortem.core.remediation.Items.anOnTrackItem;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StateTotalsTest {

  @Test
  public void countsAnItemInEachOfItsStates() {
    StateTotals totals =
        StateTotals.of(
            List.of(
                anOnTrackItem().due(TODAY.minusDays(1)).unconfirmed().assessedToday(),
                anOnTrackItem().due(TODAY.minusDays(5)).assessedToday(),
                anOnTrackItem().assessedToday()));

    assertEquals(2, totals.count(RemediationState.OVERDUE));
    assertEquals(1, totals.count(RemediationState.NO_CONFIRMED_OWNER));
    assertEquals(1, totals.count(RemediationState.ON_TRACK));
    assertEquals(0, totals.count(RemediationState.DUE_SOON));
  }

  @Test
  public void countedTotalsDefaultMissingStatesToZero() {
    StateTotals totals = StateTotals.ofCounts(Map.of(RemediationState.OVERDUE, 12L));

    assertEquals(12, totals.count(RemediationState.OVERDUE));
    assertEquals(0, totals.count(RemediationState.NOT_SCHEDULED));
    assertEquals(RemediationState.values().length, totals.asMap().size());
  }
}
