package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.moment;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static io.postmortem.core.postmortem.PostmortemBuilder.event;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class TimelineRuleTest {

  private final TimelineRule rule = new TimelineRule();

  @Test
  public void passesWithStartDetectionAndResolutionInOrder() {
    assertEquals(List.of(), check(rule, aPublishablePostmortem().build()));
  }

  @Test
  public void failsWithTooFewEventsAndMissingKinds() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of(
            "postmortem.rule.timeline.too-few-events",
            "postmortem.rule.timeline.missing-kind",
            "postmortem.rule.timeline.missing-kind"),
        keys(violations));
    assertEquals(List.of(count(1), count(3)), violations.get(0).args());
    assertEquals(List.of(choice(TimelineEventKind.DETECTED)), violations.get(1).args());
  }

  @Test
  public void failsWhenAnEventIsEarlierThanTheOneBeforeIt() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(
                event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T10:00:00Z", TimelineEventKind.RESOLVED, "Lag gone"),
                event("2027-01-01T09:12:00Z", TimelineEventKind.DETECTED, "Alert pages"))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.timeline.out-of-order"), keys(violations));
    assertEquals(
        List.of(count(3), text("Alert pages"), count(2), text("Lag gone")),
        violations.get(0).args());
    assertEquals(Subject.timelineEvent("#3"), violations.get(0).subject());
  }

  @Test
  public void passesWhenTheAdminRequiresFewerEventsAndKinds() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"))
            .build();

    List<Violation> violations =
        check(
            rule,
            postmortem,
            settings("timeline.minEvents", "1", "timeline.requiredKinds", "STARTED"),
            TODAY);

    assertEquals(List.of(), violations);
  }

  @Test
  public void failsWhenTheIncidentIsResolvedBeforeItWasDetectedNamingBothEvents() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(
                event("2027-01-01T08:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T08:30:00Z", TimelineEventKind.RESOLVED, "Lag gone"),
                event("2027-01-01T09:00:00Z", TimelineEventKind.DETECTED, "Alert pages"))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.timeline.impossible-order"), keys(violations));
    assertEquals(
        List.of(
            choice(TimelineEventKind.RESOLVED),
            text("Lag gone"),
            choice(TimelineEventKind.DETECTED),
            text("Alert pages"),
            moment(Instant.parse("2027-01-01T08:30:00Z")),
            moment(Instant.parse("2027-01-01T09:00:00Z"))),
        violations.get(0).args());
    assertEquals(Subject.timelineEvent("#2"), violations.get(0).subject());
  }

  @Test
  public void failsWhenTheIncidentIsDetectedAndMitigatedBeforeItStarted() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(
                event("2027-01-01T08:00:00Z", TimelineEventKind.DETECTED, "Alert pages"),
                event("2027-01-01T08:10:00Z", TimelineEventKind.MITIGATED, "Rolled back"),
                event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T10:00:00Z", TimelineEventKind.RESOLVED, "Lag gone"))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of(
            "postmortem.rule.timeline.impossible-order",
            "postmortem.rule.timeline.impossible-order"),
        keys(violations));
    assertEquals(text("Alert pages"), violations.get(0).args().get(1));
    assertEquals(text("Lag grows"), violations.get(0).args().get(3));
    assertEquals(text("Rolled back"), violations.get(1).args().get(1));
  }

  @Test
  public void passesWhenAnIncidentFlaresUpAgainAfterItsFirstResolution() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(
                event("2027-01-01T08:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T08:05:00Z", TimelineEventKind.DETECTED, "Alert pages"),
                event("2027-01-01T08:30:00Z", TimelineEventKind.RESOLVED, "Lag gone"),
                event("2027-01-01T09:00:00Z", TimelineEventKind.RESOLVED, "Lag gone again"))
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenTheFirstOfTwoDetectionsCameBeforeTheStart() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withTimeline(
                event("2027-01-01T08:50:00Z", TimelineEventKind.DETECTED, "Customer report"),
                event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag grows"),
                event("2027-01-01T09:10:00Z", TimelineEventKind.DETECTED, "Alert pages"),
                event("2027-01-01T10:00:00Z", TimelineEventKind.RESOLVED, "Lag gone"))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.timeline.impossible-order"), keys(violations));
    assertEquals(text("Customer report"), violations.get(0).args().get(1));
    assertEquals(text("Lag grows"), violations.get(0).args().get(3));
  }
}
