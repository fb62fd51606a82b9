package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.user;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.postmortem.ActionItemBuilder.aLongTermItem;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemBuilder;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.RiskAcceptance;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class CriticalOrHighItemRuleTest {

  private static final Instant ACCEPTED_AT = Instant.parse("2027-01-05T10:00:00Z");

  private final CriticalOrHighItemRule rule = new CriticalOrHighItemRule();

  private static PostmortemBuilder onlyLowAndMediumItems() {
    return aPublishablePostmortem()
        .withActionItems(
            anActionItem("OPS-1").withPriority(PriorityLevel.LOW).build(),
            aLongTermItem("OPS-2").withPriority(PriorityLevel.MEDIUM).build());
  }

  @Test
  public void passesWhenOneItemIsHigh() {
    Postmortem postmortem = aPublishablePostmortem().build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void passesWhenOneItemIsCriticalEvenIfDone() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withPriority(PriorityLevel.CRITICAL).done().build())
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenTheOnlyItemIsDoneButMedium() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").withPriority(PriorityLevel.MEDIUM).done().build())
            .build();

    assertEquals(
        List.of("postmortem.rule.critical-or-high-item.missing"), keys(check(rule, postmortem)));
  }

  @Test
  public void passesWhenTheRiskIsAcceptedWithAReasonUntilLater() {
    Postmortem postmortem =
        onlyLowAndMediumItems()
            .withRiskAcceptances(
                new RiskAcceptance("dave", ACCEPTED_AT, "Vendor retires the API in March", TODAY))
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenEveryActionItemIsLowPriority() {
    Postmortem postmortem = onlyLowAndMediumItems().build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.critical-or-high-item.missing"), keys(violations));
    assertEquals(List.of(count(2)), violations.get(0).args());
  }

  @Test
  public void failsWhenTheRiskAcceptanceHasExpired() {
    Postmortem postmortem =
        onlyLowAndMediumItems()
            .withRiskAcceptances(
                new RiskAcceptance("dave", ACCEPTED_AT, "Vendor fix", TODAY.minusDays(1)))
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of("postmortem.rule.critical-or-high-item.acceptance-expired"), keys(violations));
    assertEquals(List.of(user("dave"), day(TODAY.minusDays(1))), violations.get(0).args());
  }

  @Test
  public void failsWhenTheRiskAcceptanceGivesNoReason() {
    Postmortem postmortem =
        onlyLowAndMediumItems()
            .withRiskAcceptances(new RiskAcceptance("dave", ACCEPTED_AT, " ", TODAY.plusDays(30)))
            .build();

    assertEquals(
        List.of("postmortem.rule.critical-or-high-item.acceptance-without-reason"),
        keys(check(rule, postmortem)));
  }

  @Test
  public void failsWhenTheRiskAcceptanceNeverExpires() {
    Postmortem postmortem =
        onlyLowAndMediumItems()
            .withRiskAcceptances(new RiskAcceptance("dave", ACCEPTED_AT, "Vendor fix", null))
            .build();

    assertEquals(
        List.of("postmortem.rule.critical-or-high-item.acceptance-without-expiry"),
        keys(check(rule, postmortem)));
  }
}
