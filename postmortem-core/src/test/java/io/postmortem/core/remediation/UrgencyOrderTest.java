package io.postmortem.core.remediation;

import static io.postmortem.core.remediation.Items.TODAY;
import static io.postmortem.core.remediation.Items.anOnTrackItem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class UrgencyOrderTest {

  @Test
  public void sortsOverdueFirstMostDaysOverdueFirstThenTheOtherStates() {
    List<ItemAssessment> items =
        new ArrayList<>(
            List.of(
                anOnTrackItem().key("ON-TRACK").assessedToday(),
                anOnTrackItem().key("SOON").due(TODAY.plusDays(2)).assessedToday(),
                anOnTrackItem().key("LATE-2").due(TODAY.minusDays(2)).assessedToday(),
                anOnTrackItem().key("UNOWNED").assignee(null).assessedToday(),
                anOnTrackItem().key("LATE-9").due(TODAY.minusDays(9)).assessedToday(),
                anOnTrackItem().key("UNDATED").due(null).assessedToday()));

    items.sort(new UrgencyOrder());

    assertEquals(
        List.of("LATE-9", "LATE-2", "UNOWNED", "SOON", "UNDATED", "ON-TRACK"), keys(items));
  }

  @Test
  public void equallyOverdueItemsSortByWorseSeverityThenOlderFirst() {
    List<ItemAssessment> items =
        new ArrayList<>(
            List.of(
                anOnTrackItem()
                    .key("SEV3")
                    .severity(Severity.SEV_3)
                    .due(TODAY.minusDays(1))
                    .assessedToday(),
                anOnTrackItem()
                    .key("SEV1-NEW")
                    .severity(Severity.SEV_1)
                    .due(TODAY.minusDays(1))
                    .assessedToday(),
                anOnTrackItem()
                    .key("SEV1-OLD")
                    .severity(Severity.SEV_1)
                    .created(TODAY.minusDays(20))
                    .due(TODAY.minusDays(1))
                    .assessedToday()));

    items.sort(new UrgencyOrder());

    assertEquals(List.of("SEV1-OLD", "SEV1-NEW", "SEV3"), keys(items));
  }

  private static List<String> keys(List<ItemAssessment> items) {
    return items.stream().map(a -> a.item().key()).toList();
  }
}
