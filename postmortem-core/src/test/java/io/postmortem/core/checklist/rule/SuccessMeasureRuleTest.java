package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.postmortem.ActionItemBuilder.aLongTermItem;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PriorityLevel;
import java.util.List;
import org.junit.Test;

public class SuccessMeasureRuleTest {

  private final SuccessMeasureRule rule = new SuccessMeasureRule();

  @Test
  public void passesWhenEveryHighItemSaysHowSuccessIsMeasured() {
    assertEquals(List.of(), check(rule, aPublishablePostmortem().build()));
  }

  @Test
  public void passesWhenOnlyAMediumItemLacksAMeasure() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").build(),
                aLongTermItem("OPS-2").withSuccessMeasure("").build())
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void failsWhenTheSameItemIsHigh() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").build(),
                aLongTermItem("OPS-2")
                    .withPriority(PriorityLevel.HIGH)
                    .withSuccessMeasure("")
                    .build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.success-measure.missing"), keys(violations));
    assertEquals(issue("OPS-2"), violations.get(0).args().get(0));
  }

  @Test
  public void failsWhenACriticalItemHasNoMeasure() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1")
                    .withSummary("Add lag alert")
                    .withPriority(PriorityLevel.CRITICAL)
                    .withSuccessMeasure(null)
                    .build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.success-measure.missing"), keys(violations));
    assertEquals(
        List.of(issue("OPS-1"), text("Add lag alert"), choice(PriorityLevel.CRITICAL)),
        violations.get(0).args());
  }

  @Test
  public void failsWhenTheMeasureIsAPlaceholder() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").withSuccessMeasure(" TBD. ").build())
            .build();

    assertEquals(List.of("postmortem.rule.success-measure.missing"), keys(check(rule, postmortem)));
  }
}
