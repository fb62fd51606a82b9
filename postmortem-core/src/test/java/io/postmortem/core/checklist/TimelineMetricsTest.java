package io.postmortem.core.checklist;

import static io.postmortem.core.postmortem.PostmortemBuilder.event;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class TimelineMetricsTest {

  @Test
  public void measuresFromTheFirstSignOfTheIncidentToTheFirstPageAndTheFirstMitigation() {
    TimelineMetrics metrics =
        TimelineMetrics.from(
            List.of(
                event("2027-01-01T09:10:00Z", TimelineEventKind.STARTED, "Errors spread"),
                event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "First errors"),
                event("2027-01-01T09:30:00Z", TimelineEventKind.DETECTED, "Second page"),
                event("2027-01-01T09:20:00Z", TimelineEventKind.DETECTED, "First page"),
                event("2027-01-01T09:50:00Z", TimelineEventKind.MITIGATED, "Traffic moved"),
                event("2027-01-01T09:40:00Z", TimelineEventKind.MITIGATED, "Rolled back")));

    assertEquals(Optional.of(Duration.ofMinutes(20)), metrics.detect());
    assertEquals(Optional.of(Duration.ofMinutes(40)), metrics.mitigate());
  }

  @Test
  public void anIncidentThatFlaredUpAgainIsResolvedWhenItLastWas() {
    TimelineMetrics metrics =
        TimelineMetrics.from(
            List.of(
                event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T11:00:00Z", TimelineEventKind.RESOLVED, "Lag gone again"),
                event("2027-01-01T10:00:00Z", TimelineEventKind.RESOLVED, "Lag gone")));

    assertEquals(Optional.of(Duration.ofHours(2)), metrics.resolve());
  }

  @Test
  public void leavesOutADurationThatWouldBeNegativeButKeepsOneOfZero() {
    TimelineMetrics metrics =
        TimelineMetrics.from(
            List.of(
                event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T08:59:00Z", TimelineEventKind.DETECTED, "Alert pages"),
                event("2027-01-01T09:00:00Z", TimelineEventKind.MITIGATED, "Failover")));

    assertEquals(Optional.empty(), metrics.detect());
    assertEquals(Optional.of(Duration.ZERO), metrics.mitigate());
    assertEquals(Optional.empty(), metrics.resolve());
  }

  @Test
  public void withoutAStartNothingIsMeasuredAndOtherEventsDoNotCount() {
    TimelineMetrics metrics =
        TimelineMetrics.from(
            List.of(
                event("2027-01-01T09:00:00Z", TimelineEventKind.OTHER, "Deploy"),
                event("2027-01-01T09:10:00Z", TimelineEventKind.DETECTED, "Alert pages"),
                event("2027-01-01T09:30:00Z", TimelineEventKind.RESOLVED, "Lag gone")));

    assertEquals(TimelineMetrics.none(), metrics);
  }
}
