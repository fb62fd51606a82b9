package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.ActionItemBuilder.anActionItem;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Postmortem;
import java.util.List;
import org.junit.Test;

public class ShortAndLongTermItemsRuleTest {

  private final ShortAndLongTermItemsRule rule = new ShortAndLongTermItemsRule();

  @Test
  public void passesWhenThereIsOneOfEach() {
    assertEquals(List.of(), check(rule, aPublishablePostmortem().build()));
  }

  @Test
  public void failsWhenEveryItemIsShortTerm() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(anActionItem("OPS-1").build(), anActionItem("OPS-2").build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of("postmortem.rule.short-and-long-term-items.too-few-long-term"), keys(violations));
    assertEquals(List.of(count(0), count(1)), violations.get(0).args());
  }

  @Test
  public void failsWhenTheAdminsMinimumOfTwoShortTermItemsIsNotMet() {
    Postmortem postmortem = aPublishablePostmortem().build();

    List<Violation> violations =
        check(rule, postmortem, settings("items.minShortTerm", "2"), TODAY);

    assertEquals(
        List.of("postmortem.rule.short-and-long-term-items.too-few-short-term"), keys(violations));
    assertEquals(List.of(count(1), count(2)), violations.get(0).args());
  }

  @Test
  public void failsWhenAnItemHasNoHorizon() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withActionItems(
                anActionItem("OPS-1").build(),
                anActionItem("OPS-2").withHorizon(Horizon.LONG_TERM).build(),
                anActionItem("OPS-3").withSummary("Add lag panel").withHorizon(null).build())
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(List.of("postmortem.rule.short-and-long-term-items.no-horizon"), keys(violations));
    assertEquals(List.of(issue("OPS-3"), text("Add lag panel")), violations.get(0).args());
  }

  @Test
  public void passesWithoutLongTermItemsWhenTheAdminAsksForNone() {
    Postmortem postmortem =
        aPublishablePostmortem().withActionItems(anActionItem("OPS-1").build()).build();

    assertEquals(List.of(), check(rule, postmortem, settings("items.minLongTerm", "0"), TODAY));
  }
}
