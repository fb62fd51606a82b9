package io.postmortem.core.checklist;

import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StandardChecklistTest {

  private static final List<String> REPORT_ORDER =
      List.of(
          "incident-linked",
          "critical-or-high-item",
          "owners-confirmed",
          "due-within-limit",
          "short-and-long-term-items",
          "action-item-count",
          "success-measure",
          "specific-action-items",
          "required-sections",
          "timeline",
          "review-within-business-days",
          "recurrence-reviewed",
          "blameless-language");

  private final ChecklistEngine engine = StandardChecklist.engine();

  @Test
  public void runsEveryRuleInTheDocumentedOrder() {
    ChecklistReport report =
        engine.evaluate(aPublishablePostmortem().build(), ChecklistSettings.defaults(), TODAY);

    assertEquals(REPORT_ORDER, report.results().stream().map(RuleResult::ruleId).toList());
    assertEquals(REPORT_ORDER, StandardChecklist.ruleIds());
  }

  @Test
  public void passesAPublishablePostmortemOnEveryRule() {
    ChecklistReport report =
        engine.evaluate(aPublishablePostmortem().build(), ChecklistSettings.defaults(), TODAY);

    assertEquals(List.of(), report.violations());
    assertTrue(report.results().stream().allMatch(r -> r.outcome() == RuleOutcome.PASSED));
    assertFalse(report.blocksTransition());
  }

  @Test
  public void reportsEveryBrokenRuleAtOnceInRuleOrder() {
    Postmortem broken =
        aPublishablePostmortem()
            .withIncidents()
            .withSection(SectionKind.IMPACT, "TBD")
            .withTimeline()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Be more careful, it was human error")
                    .withPriority(PriorityLevel.LOW)
                    .withDue(null)
                    .withAssignee(null)
                    .build())
            .build();

    ChecklistReport report = engine.evaluate(broken, ChecklistSettings.defaults(), TODAY);

    List<String> failed =
        report.results().stream()
            .filter(r -> r.outcome() != RuleOutcome.PASSED)
            .map(RuleResult::ruleId)
            .toList();
    assertEquals(
        List.of(
            "incident-linked",
            "critical-or-high-item",
            "owners-confirmed",
            "due-within-limit",
            "short-and-long-term-items",
            "specific-action-items",
            "required-sections",
            "timeline",
            "blameless-language"),
        failed);
    assertEquals(report.violations().stream().map(Violation::ruleId).distinct().toList(), failed);
    assertTrue(report.blocksTransition());
  }

  @Test
  public void warnsWithoutBlockingWhenOnlyWarningRulesFail() {
    Postmortem vague =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withSummary("Pay more attention to the lag alert").build(),
                io.postmortem.core.postmortem.ActionItemBuilder.aLongTermItem("OPS-2").build())
            .build();

    ChecklistReport report = engine.evaluate(vague, ChecklistSettings.defaults(), TODAY);

    assertEquals(1, report.warnings().size());
    assertEquals(List.of(), report.blocking());
    assertFalse(report.blocksTransition());
  }

  @Test
  public void blocksOnABlockingRuleAndKeepsTheWarningApart() {
    Postmortem vagueAndUndated =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withSummary("Pay more attention to the lag alert").build(),
                io.postmortem.core.postmortem.ActionItemBuilder.aLongTermItem("OPS-2")
                    .withDue(null)
                    .build())
            .build();

    ChecklistReport report = engine.evaluate(vagueAndUndated, ChecklistSettings.defaults(), TODAY);

    assertEquals(
        List.of("postmortem.rule.due-within-limit.missing"),
        report.blocking().stream().map(Violation::messageKey).toList());
    assertEquals(
        List.of("postmortem.rule.specific-action-items.vague-phrase"),
        report.warnings().stream().map(Violation::messageKey).toList());
    assertTrue(report.blocksTransition());
  }

  @Test
  public void skipsARuleTheAdminTurnedOffAndBlocksOnOneTurnedToBlock() {
    Postmortem postmortem =
        aPublishablePostmortem().withIncidents().withReviewMeetingOn(null).build();
    ChecklistSettings settings =
        ChecklistSettings.parse(Map.of("severity.incident-linked", "OFF")).settings();

    ChecklistReport report = engine.evaluate(postmortem, settings, TODAY);

    assertEquals(RuleOutcome.OFF, report.results().get(0).outcome());
    assertFalse(report.blocksTransition());
  }

  @Test
  public void derivesTimeToDetectMitigateAndResolveFromTheTimeline() {
    ChecklistReport report =
        engine.evaluate(aPublishablePostmortem().build(), ChecklistSettings.defaults(), TODAY);

    assertEquals(Duration.ofMinutes(12), report.metrics().timeToDetect());
    assertEquals(Duration.ofMinutes(40), report.metrics().timeToMitigate());
    assertEquals(Duration.ofMinutes(60), report.metrics().timeToResolve());
  }

  @Test
  public void leavesMetricsOutWhenTheTimelineLacksTheirEvents() {
    ChecklistReport report =
        engine.evaluate(
            aPublishablePostmortem().withTimeline().build(), ChecklistSettings.defaults(), TODAY);

    assertEquals(TimelineMetrics.none(), report.metrics());
  }

  @Test
  public void usesDefaultsWhenGivenNoSettings() {
    ChecklistReport report = engine.evaluate(aPublishablePostmortem().build(), null, TODAY);

    assertEquals(List.of(), report.violations());
  }

  @Test
  public void reportsTheSameViolationsInTheSameOrderEveryTime() {
    Postmortem broken =
        aPublishablePostmortem()
            .withSection(SectionKind.ROOT_CAUSES, "Human error. The operator failed to escalate.")
            .withActionItems(
                anActionItem("OPS-2").withAssignee(null).withDue(null).build(),
                anActionItem("OPS-1").unconfirmed().withSummary("Be more careful").build())
            .build();

    List<Violation> first =
        engine.evaluate(broken, ChecklistSettings.defaults(), TODAY).violations();
    List<Violation> again =
        StandardChecklist.engine()
            .evaluate(broken, ChecklistSettings.defaults(), TODAY)
            .violations();

    assertEquals(first, again);
    assertTrue(first.size() > 5);
  }
}
